package nl.samenspraak.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the front end ({@code web/}), which has no build step to hold it: each page keeps its
 * modules in a folder of its own and shares through {@code js/shared/} only, no module or export is left
 * unused, and each CSS rule is written once.
 */
class FrontEndStructureTest {

    private static final Path WEB = Path.of("web");
    private static final Path JS = WEB.resolve("js");
    private static final Path SHARED = JS.resolve("shared");

    private static final Pattern IMPORT = Pattern.compile(
            "(?:import|export)\\s*(?:\\{([^}]*)}\\s*from\\s*|[\\w*\\s]+from\\s*)?['\"]([^'\"]+)['\"]");
    private static final Pattern EXPORT = Pattern.compile("export\\s+(?:async\\s+)?(?:function|const|let|class)\\s+(\\w+)");
    private static final Pattern PAGE_SCRIPT = Pattern.compile("<script type=\"module\" src=\"([^\"]+)\"");

    private static Map<Path, String> modules;

    @BeforeAll
    static void readModules() throws IOException {
        modules = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                modules.put(file.normalize(), Files.readString(file));
            }
        }
    }

    @Test
    void everyModuleBelongsToAPageFolderOrToShared() {
        assertThat(modules.keySet()).as("modules directly in web/js").noneMatch(m -> m.getParent().equals(JS));
    }

    @Test
    void pagesImportOnlyTheirOwnFolderAndShared() {
        List<String> crossings = new ArrayList<>();
        modules.forEach((module, source) -> {
            Path folder = module.getParent();
            for (Import imported : imports(module, source)) {
                if (imported.target() == null) {
                    continue;
                }
                boolean own = imported.target().startsWith(module.startsWith(SHARED) ? SHARED : folder);
                if (!own && !imported.target().startsWith(SHARED)) {
                    crossings.add(module + " imports " + imported.target());
                }
            }
        });
        assertThat(crossings).as("a page shares through js/shared/, and shared modules import shared modules only").isEmpty();
    }

    @Test
    void everyModuleIsUsedByAPage() throws IOException {
        Deque<Path> open = new ArrayDeque<>();
        try (Stream<Path> pages = Files.list(WEB)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher script = PAGE_SCRIPT.matcher(Files.readString(page));
                while (script.find()) {
                    open.add(WEB.resolve(script.group(1)).normalize());
                }
            }
        }
        Set<Path> reached = new HashSet<>();
        while (!open.isEmpty()) {
            Path module = open.pop();
            assertThat(modules).as("a page or module loads %s", module).containsKey(module);
            if (reached.add(module)) {
                imports(module, modules.get(module)).stream().map(Import::target).filter(t -> t != null).forEach(open::add);
            }
        }
        assertThat(new TreeSet<>(modules.keySet())).as("modules no page loads").isSubsetOf(reached);
    }

    @Test
    void everyExportIsImportedSomewhere() {
        Set<String> imported = new HashSet<>();
        modules.forEach((module, source) -> imports(module, source).forEach(i ->
                i.names().forEach(name -> imported.add(i.target() + "#" + name))));
        List<String> unused = new ArrayList<>();
        modules.forEach((module, source) -> {
            Matcher export = EXPORT.matcher(source);
            while (export.find()) {
                if (!imported.contains(module + "#" + export.group(1))) {
                    unused.add(module + ": " + export.group(1));
                }
            }
        });
        assertThat(unused).as("exports nobody imports (dead, or to be made local)").isEmpty();
    }

    @Test
    void eachCssRuleIsWrittenOnce() throws IOException {
        Map<String, String> fileOfSelector = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        try (Stream<Path> sheets = Files.list(WEB.resolve("css"))) {
            for (Path sheet : sheets.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                Set<String> alone = new HashSet<>();
                for (Rule rule : rules(Files.readString(sheet))) {
                    for (String selector : rule.selectors()) {
                        String key = rule.media() + " " + selector;
                        String earlier = fileOfSelector.putIfAbsent(key, sheet.getFileName().toString());
                        if (earlier != null && !earlier.equals(sheet.getFileName().toString())) {
                            twice.add(key.strip() + " in " + earlier + " and " + sheet.getFileName());
                        }
                    }
                    // A selector may share a rule with others and have one of its own, not two of its own.
                    if (rule.selectors().size() == 1 && !alone.add(rule.media() + " " + rule.selectors().get(0))) {
                        twice.add(rule.selectors().get(0) + " twice in " + sheet.getFileName());
                    }
                }
            }
        }
        assertThat(twice).as("CSS rules written more than once").isEmpty();
    }

    private record Import(Path target, List<String> names) {
    }

    /** The modules a module imports; the target is null for what is not a module of ours (a WebJar). */
    private static List<Import> imports(Path module, String source) {
        List<Import> imports = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(source);
        while (matcher.find()) {
            String path = matcher.group(2);
            List<String> names = new ArrayList<>();
            if (matcher.group(1) != null) {
                for (String name : matcher.group(1).split(",")) {
                    String bare = name.strip().split("\\s+as\\s+")[0].strip();
                    if (!bare.isEmpty()) {
                        names.add(bare);
                    }
                }
            }
            imports.add(new Import(path.startsWith(".") ? module.getParent().resolve(path).normalize() : null, names));
        }
        return imports;
    }

    private record Rule(String media, List<String> selectors) {
    }

    /** The style rules of a stylesheet with the at-rule around each (empty at the top level). */
    private static List<Rule> rules(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        Deque<String> around = new ArrayDeque<>();
        StringBuilder prelude = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '{') {
                around.push(prelude.toString().strip().replaceAll("\\s+", " "));
                prelude.setLength(0);
            } else if (c == '}') {
                String selector = around.isEmpty() ? "" : around.pop();
                if (!selector.startsWith("@")) {
                    String media = String.join(" ", around);
                    if (!media.startsWith("@keyframes")) {
                        rules.add(new Rule(media, Stream.of(selector.split(",")).map(String::strip).toList()));
                    }
                }
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        return rules;
    }
}
