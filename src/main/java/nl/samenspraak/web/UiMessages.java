package nl.samenspraak.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI strings per language, read once from {@code messages_<lang>.properties} and every
 * {@code messages-<part>_<lang>.properties} beside it (UTF-8), so that each part of the front end keeps
 * its strings in a file of its own.
 */
@Component
public class UiMessages {

    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final Map<String, Map<String, String>> byLanguage = new TreeMap<>();

    UiMessages() {
        LANGUAGES.forEach(language -> byLanguage.put(language, load(language)));
    }

    public Map<String, String> all(String language) {
        return byLanguage.get(language);
    }

    /**
     * One string in a language, the first of {@link #LANGUAGES} for a language there are no strings in; a key
     * missing from the files is the code's mistake, not the user's, and fails loudly.
     */
    public String text(String language, String key) {
        String text = byLanguage.getOrDefault(language, byLanguage.get(LANGUAGES.get(0))).get(key);
        if (text == null) {
            throw new IllegalStateException("no text '" + key + "' in the messages files for '" + language + "'");
        }
        return text;
    }

    private static Map<String, String> load(String language) {
        Properties properties = new Properties();
        try {
            Resource[] parts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:messages-*_" + language + ".properties");
            read(new ClassPathResource("messages_" + language + ".properties"), properties);
            for (Resource part : parts) {
                read(part, properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the UI strings for '" + language + "'", e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return Map.copyOf(messages);
    }

    private static void read(Resource resource, Properties into) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
