package nl.samenspraak.dialogue.catalog;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Finds dialogue files (name → content): in a folder when it exists, else those packaged with the application. */
final class DialogueFiles {

    private DialogueFiles() {
    }

    public static Map<String, String> read(Path folderOrFile) {
        if (Files.isRegularFile(folderOrFile)) {
            return Map.of(folderOrFile.toString(), readString(folderOrFile));
        }
        if (Files.isDirectory(folderOrFile)) {
            try (Stream<Path> files = Files.list(folderOrFile)) {
                Map<String, String> byName = new LinkedHashMap<>();
                files.filter(DialogueFiles::isDialogue).sorted()
                        .forEach(file -> byName.put(file.toString(), readString(file)));
                return byName;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packaged();
    }

    /** The dialogues packaged in the application's jar, under {@code dialogues/}. */
    static Map<String, String> packaged() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:dialogues/*.y*ml");
            Map<String, String> byName = new LinkedHashMap<>();
            Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).forEach(resource -> {
                try {
                    byName.put("dialogues/" + resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDialogue(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
