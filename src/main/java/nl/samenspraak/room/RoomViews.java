package nl.samenspraak.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Step;

import java.util.List;

/** The JSON shapes of rooms, over REST and STOMP alike. */
final class RoomViews {

    private RoomViews() {
    }

    record OpenBody(String dialogueId, String language, String roundId) {
    }

    record Opened(String id, String joinCode, String joinUrl) {
    }

    record JoinBody(String joinCode, String name, String organisation, String invitation) {
    }

    record Joined(String roomId, String participantId, String token) {
    }

    record AddBody(String name, String organisation) {
    }

    record AnswerMessage(String nodeId, Object value, String participantId) {
    }

    record ControlMessage(String action, Boolean revealNames, Object value) {
    }

    /**
     * The room as one viewer may see it. While answering, nobody sees what others answered, only who did;
     * once revealed, everyone sees the answers (with names only when the facilitator chose so) and the
     * figures. {@code me} is the viewer's own part; {@code live} the answers as they arrive, for the facilitator,
     * and {@code groupDecision}, also for the facilitator only, what the group settles on by itself so far (see
     * {@link GroupDecision}): what "next" carries when the facilitator does not choose. Absent while nobody answered.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoomView(String id, String dialogueId, String roundId, String language, String joinCode, RoomStatus status, RoomPhase phase,
                    boolean revealNames, Step step, List<ParticipantView> participants, int answered, Revealed revealed,
                    Me me, List<RevealedAnswer> live, Object groupDecision) {
    }

    record ParticipantView(String id, String name, String organisation, boolean connected, boolean answered) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Revealed(List<RevealedAnswer> answers, List<Aggregates.Tally> tally, Aggregates.ScaleSummary scale,
                    List<Aggregates.RankScore> ranking) {
    }

    /** One answer in a room; {@code display} is how it reads ({@link nl.samenspraak.dialogue.Display}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RevealedAnswer(String participantId, String name, String organisation, Object value, String display) {
    }

    /** The viewer's own part: their answer at this step (and how it reads), or their preparation's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Me(String participantId, String name, Object answer, String display, Preparation preparation) {
    }

    /** The partner's own answer from their preparation, offered as a starting point, read as the room reads it. */
    record Preparation(Object value, String display) {
    }
}
