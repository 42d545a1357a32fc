package nl.samenspraak.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The words an answer is read in that no dialogue holds, such as a scale position ("neigt naar ‘…’"). They are
 * UI strings, so they live in {@code messages-answer_<lang>.properties} beside the others, where the UI strings'
 * test holds both languages to the same keys; read here with plain Java, since the engine knows no Spring.
 */
final class AnswerWords {

    private static final Map<String, Properties> BY_LANGUAGE = Map.of("nl", load("nl"), "en", load("en"));

    private AnswerWords() {
    }

    /** The text of a key in the language (Dutch for any other), with {0}, {1}, ... replaced by the arguments. */
    static String get(String language, String key, Object... args) {
        Properties words = BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Dialogue.DEFAULT_LANGUAGE));
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no answer word '" + key + "' in messages-answer_" + language + ".properties");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Properties load(String language) {
        String name = "messages-answer_" + language + ".properties";
        Properties words = new Properties();
        try (InputStream in = AnswerWords.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return words;
    }
}
