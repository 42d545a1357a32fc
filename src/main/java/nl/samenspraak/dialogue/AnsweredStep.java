package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An answer on the participant's way through the dialogue, with the question it answers and the answer as
 * the participant reads it ({@code display}); also what a recap needs to edit it in place.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnsweredStep(
        String nodeId,
        NodeType type,
        String prompt,
        Object value,
        String display,
        Visibility visibility,
        List<Step.OptionView> options,
        Step.PolesView poles,
        Integer min,
        Integer max,
        Step.Limits limits) {
}
