package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Everything a client needs to show one step: the rendered texts in the participant's language, the
 * control's options and limits (and for a scale how each position reads, {@link Display}), the earlier answer
 * to prefill, and where the step is in the dialogue.
 * The {@code nodeId} is the step's id, which inside a foreach carries the item: {@code position@2}. A
 * {@code notice} tells the participant, when they resume, that the dialogue changed under their conversation;
 * the engine never sets it (its text comes from the caller's message files), nor {@code previous}, the answer of an
 * earlier round offered as a starting point.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Step(
        String nodeId,
        NodeType type,
        String prompt,
        String help,
        String placeholder,
        List<OptionView> options,
        PolesView poles,
        Integer min,
        Integer max,
        List<ScaleWord> scaleWords,
        Limits limits,
        String probe,
        GivenAnswer answer,
        Visibility visibility,
        List<AnsweredStep> recap,
        Item item,
        SourceRef source,
        Progress progress,
        boolean canGoBack,
        String notice,
        Previous previous) {

    /** A step without a notice. */
    public Step(String nodeId, NodeType type, String prompt, String help, String placeholder, List<OptionView> options,
         PolesView poles, Integer min, Integer max, List<ScaleWord> scaleWords, Limits limits, String probe,
         GivenAnswer answer, Visibility visibility, List<AnsweredStep> recap, Item item, SourceRef source,
         Progress progress, boolean canGoBack) {
        this(nodeId, type, prompt, help, placeholder, options, poles, min, max, scaleWords, limits, probe, answer,
                visibility, recap, item, source, progress, canGoBack, null, null);
    }

    /** The same step with another prompt. */
    Step withPrompt(String newPrompt) {
        return new Step(nodeId, type, newPrompt, help, placeholder, options, poles, min, max, scaleWords, limits, probe, answer,
                visibility, recap, item, source, progress, canGoBack, notice, previous);
    }

    /** The same step with a notice to the participant (null for none). */
    public Step withNotice(String newNotice) {
        return new Step(nodeId, type, prompt, help, placeholder, options, poles, min, max, scaleWords, limits, probe,
                answer, visibility, recap, item, source, progress, canGoBack, newNotice, previous);
    }

    /** The same step with the participant's answer of an earlier round offered as a starting point (null for none). */
    public Step withPrevious(Previous newPrevious) {
        return new Step(nodeId, type, prompt, help, placeholder, options, poles, min, max, scaleWords, limits, probe,
                answer, visibility, recap, item, source, progress, canGoBack, notice, newPrevious);
    }

    /**
     * The participant's shared answer to this step in the earlier round {@code round} of the collaboration, offered
     * as a starting point and never given by itself; {@code display} is how it reads in this step's language.
     */
    public record Previous(Object value, String display, int round) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionView(String id, String label, String help) {
    }

    public record PolesView(String left, String right) {
    }

    /** How a position on a scale reads, e.g. {@code -2} as {@code "-2: neigt naar ‘…’"}. */
    public record ScaleWord(int value, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Limits(Integer minWords, Integer maxWords, Integer maxChars, Integer minItems, Integer maxItems,
                         Integer maxItemChars, Integer minSelected, Integer maxSelected) {

        static Limits of(Node node) {
            Limits limits = new Limits(node.minWords(), node.maxWords(), node.maxChars(), node.minItems(),
                    node.maxItems(), node.maxItemChars(), node.minSelected(), node.maxSelected());
            return limits.equals(new Limits(null, null, null, null, null, null, null, null)) ? null : limits;
        }
    }

    public record Progress(int current, int total) {
    }
}
