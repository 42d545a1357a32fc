package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One option of a choice, multi or rank node; attributes are extra texts a foreach over it can use, and
 * {@code recommends} the dialogues a summary proposes as the next conversation for it (a scan's factor).
 */
public record Option(String id, LocalizedText label, LocalizedText help, Map<String, LocalizedText> attributes,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Recommends recommends) {

    public Option {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** What the option recommends; nothing for an option that declares no {@code recommends}. */
    public Recommends recommended() {
        return recommends == null ? Recommends.NONE : recommends;
    }

    /**
     * The dialogues (by id) that suit a scan's factor as the next conversation: {@code weak} when partners see
     * it as weak (a low mean), {@code divided} when they see it differently (a high spread).
     */
    public record Recommends(List<String> weak, List<String> divided) {

        static final Recommends NONE = new Recommends(List.of(), List.of());

        public Recommends {
            weak = weak == null ? List.of() : List.copyOf(weak);
            divided = divided == null ? List.of() : List.copyOf(divided);
        }

        public boolean isEmpty() {
            return weak.isEmpty() && divided.isEmpty();
        }
    }
}
