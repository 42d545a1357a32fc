package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Set;

/**
 * A follow-up question on a text step, asked once when the answer fits its trigger: fewer words than
 * {@code belowWords} ({@code short}, the trigger of a probe that names none, as probes were first written),
 * or a trait the answer analysis noticed ({@code vague}, {@code problem-framed}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Probe(@JsonProperty("when") ProbeTrigger trigger, Integer belowWords, LocalizedText text) {

    public Probe {
        trigger = trigger != null ? trigger : ProbeTrigger.SHORT;
    }

    /** Whether this probe is asked for the answer, given the traits the analysis noticed in it. */
    boolean fits(String answer, Set<AnswerTrait> traits) {
        return trigger == ProbeTrigger.SHORT
                ? AnswerValidation.words(answer) < belowWords
                : traits.contains(trigger.trait());
    }
}
