package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What makes a probe ask: a short answer (by its word count), or a trait the answer analysis noticed. */
enum ProbeTrigger {
    SHORT(null),
    VAGUE(AnswerTrait.VAGUE),
    PROBLEM_FRAMED(AnswerTrait.PROBLEM_FRAMED);

    private final AnswerTrait trait;

    ProbeTrigger(AnswerTrait trait) {
        this.trait = trait;
    }

    /** The trait that fires this trigger; null for {@link #SHORT}, which the engine counts itself. */
    public AnswerTrait trait() {
        return trait;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static ProbeTrigger fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown probe trigger '" + name + "'; expected one of " + wireNames()));
    }

    /** "short, vague, problem-framed", for messages. */
    static String wireNames() {
        return Arrays.stream(values()).map(ProbeTrigger::wireName).collect(Collectors.joining(", "));
    }
}
