package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An answer on the participant's way through the dialogue, with the question it answers, its place on the
 * way ({@code position}, numbered like a step's progress), and the answer as the participant reads it
 * ({@code display}); also what a recap needs to edit it in place.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnsweredStep(
        String nodeId,
        int position,
        NodeType type,
        String prompt,
        Object value,
        String display,
        Visibility visibility,
        List<Step.OptionView> options,
        Step.PolesView poles,
        Integer min,
        Integer max,
        List<Step.ScaleWord> scaleWords,
        Step.Limits limits) {
}
