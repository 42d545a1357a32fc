package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.Dialogue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints dialogue files without starting the server: {@code check [file-or-folder ...]} prints every problem
 * as {@code file:line: message} and exits with 1 when there is one.
 */
public final class DialogueCheck {

    private DialogueCheck() {
    }

    public static void main(String[] args) {
        List<String> paths = args.length > 0 && args[0].equals("check")
                ? List.of(args).subList(1, args.length) : List.of(args);
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : paths.isEmpty() ? List.of("dialogues") : paths) {
            files.putAll(DialogueFiles.read(Path.of(path)));
        }
        // A file checked on its own may recommend the other dialogues of its folder.
        java.util.Set<String> folderIds = new java.util.TreeSet<>();
        for (String file : files.keySet()) {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            if (parent != null) {
                DialogueFiles.read(parent).keySet().forEach(other ->
                        folderIds.add(Path.of(other).getFileName().toString().replaceAll("\\.ya?ml$", "")));
            }
        }
        try {
            List<Dialogue> dialogues = new DialogueLoader().loadAll(files, folderIds);
            System.out.println("OK: " + dialogues.size() + " dialogue(s) without problems: "
                    + String.join(", ", dialogues.stream().map(Dialogue::id).toList()));
        } catch (InvalidDialoguesException e) {
            e.problems().forEach(System.err::println);
            System.err.println(e.problems().size() + " problem(s)");
            System.exit(1);
        }
    }
}
