package nl.samenspraak.dialogue;

import java.util.List;

/**
 * What bringing a conversation onto a new version of its dialogue did ({@link DialogueEngine#onNewVersion}):
 * the state to go on with; the step the participant was at when that step no longer exists (null when they
 * stay where they were); and the steps whose answers belong to nodes the dialogue no longer has, which the
 * state no longer replays (the caller's answer log keeps them).
 */
public record VersionChange(ConversationState state, String lostPosition, List<String> setAside) {

    public VersionChange {
        setAside = List.copyOf(setAside);
    }

    /**
     * The step with a notice of this change where a participant notices it: their step is gone ({@code moved},
     * "{0}" the step they go on at), or earlier answers no longer count ({@code set-aside}, "{0}" how many).
     * {@code texts} gives the caller's wording of each, in the participant's language.
     */
    public Step noticed(Step step, java.util.function.Function<String, String> texts) {
        if (!moved() && setAside.isEmpty()) {
            return step;
        }
        return step.withNotice(moved()
                ? texts.apply("moved").replace("{0}", String.valueOf(step.progress().current()))
                : texts.apply("set-aside").replace("{0}", String.valueOf(setAside.size())));
    }

    /** Whether the participant no longer continues where they were. */
    public boolean moved() {
        return lostPosition != null;
    }
}
