package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;
import java.util.TreeMap;

/** A text in every language of a dialogue, e.g. {@code {nl: "...", en: "..."}}; may hold {@code #{...}} templates. */
public record LocalizedText(Map<String, String> byLanguage) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in the given language, falling back to Dutch, the language every dialogue has. */
    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.get(Dialogue.DEFAULT_LANGUAGE);
    }

    @JsonValue
    Map<String, String> json() {
        return new TreeMap<>(byLanguage);
    }
}
