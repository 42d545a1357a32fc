package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text the participant reads, written either per language, {@code {nl: "...", en: "..."}}, or as one plain
 * string that reads the same in every language of the dialogue ({@code "#{item.left}"}, a name, a quotation):
 * then {@code plain} holds it and {@code byLanguage} is empty. Either may hold {@code #{...}} templates.
 */
public record LocalizedText(Map<String, String> byLanguage, String plain) {

    public LocalizedText {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    /** Reads a text as a file writes it: a plain string, or a map from language to text (the schema allows no other). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LocalizedText read(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            map.forEach((language, text) -> byLanguage.put(String.valueOf(language), String.valueOf(text)));
            return new LocalizedText(byLanguage, null);
        }
        return new LocalizedText(Map.of(), String.valueOf(value));
    }

    /** The text in the given language, falling back to Dutch, the language every dialogue has. */
    public String in(String language) {
        if (plain != null) {
            return plain;
        }
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.get(Dialogue.DEFAULT_LANGUAGE);
    }

    /** The text as the file wrote it, so the dialogue reads back as written (and pages pick a plain string as is). */
    @JsonValue
    Object json() {
        return plain != null ? plain : new TreeMap<>(byLanguage);
    }
}
