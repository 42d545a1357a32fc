package nl.samenspraak.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string exists in Dutch and in English, and every key the front end uses exists. */
class UiMessagesTest {

    private static final Pattern KEY_IN_WEB = Pattern.compile("(?:data-i18n(?:-[a-z]+)?=\"|\\bt\\(\\s*['\"])([a-zA-Z0-9_.-]+)");

    private final UiMessages messages = new UiMessages();

    @Test
    void everyLanguageHasTheSameKeys() {
        Map<String, String> dutch = messages.all("nl");
        Map<String, String> english = messages.all("en");
        assertThat(dutch).isNotEmpty();
        assertThat(new TreeSet<>(english.keySet())).as("keys in English vs Dutch").isEqualTo(new TreeSet<>(dutch.keySet()));
        dutch.forEach((key, text) -> assertThat(text).as("nl %s", key).isNotBlank());
        english.forEach((key, text) -> assertThat(text).as("en %s", key).isNotBlank());
    }

    @Test
    void everyKeyTheFrontEndUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("web"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|js)$")).toList()) {
                Matcher matcher = KEY_IN_WEB.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in web/").isNotEmpty();
        assertThat(messages.all("nl").keySet()).containsAll(used);
    }
}
