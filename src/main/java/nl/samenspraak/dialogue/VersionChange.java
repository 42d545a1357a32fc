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

    /** Whether the participant no longer continues where they were. */
    public boolean moved() {
        return lostPosition != null;
    }
}
