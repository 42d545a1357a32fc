package nl.samenspraak.summary;

import nl.samenspraak.web.UiMessages;

import java.util.Map;

/**
 * The headings and words of exported summaries, in the summary's language: the {@code export.*} strings of
 * {@code messages-export_<lang>.properties}, which the UI strings' test holds to both languages.
 */
record Labels(Map<String, String> words) {

    static Labels of(UiMessages messages, String language) {
        return new Labels(messages.all("en".equals(language) ? "en" : "nl"));
    }

    String get(String key) {
        return words.getOrDefault("export." + key, key);
    }
}
