package nl.samenspraak.dialogue;

import java.util.Map;

/** One option of a choice, multi or rank node; attributes are extra texts a foreach over it can use. */
public record Option(String id, LocalizedText label, LocalizedText help, Map<String, LocalizedText> attributes) {

    public Option {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
