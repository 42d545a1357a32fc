package nl.samenspraak.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text files under {@code dialogues/nlp/} that ship with the application: word lists and
 * training examples. In them, blank lines and lines starting with '#' are comments.
 */
final class ShippedFiles {

    static final String FOLDER = "dialogues/nlp/";

    private ShippedFiles() {
    }

    /** One labelled training example: {@code label<TAB>text} in the file. */
    record Example(String label, String text) {
    }

    /** The lines of a file that are not comments, stripped. */
    static List<String> lines(String name) {
        return content(name).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    static List<Example> examples(String name) {
        List<String> raw = content(name);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalStateException(FOLDER + name + ":" + (i + 1) + ": expected label<TAB>text");
            }
            examples.add(new Example(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return examples;
    }

    private static List<String> content(String name) {
        return text(name).lines().toList();
    }

    /** The whole file as text. */
    static String text(String name) {
        try (InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + name, e);
        }
    }
}
