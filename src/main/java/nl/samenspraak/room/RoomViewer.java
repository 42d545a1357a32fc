package nl.samenspraak.room;

import nl.samenspraak.conversation.ConversationDirectory;
import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Display;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.room.RoomViews.Me;
import nl.samenspraak.room.RoomViews.ParticipantView;
import nl.samenspraak.room.RoomViews.Preparation;
import nl.samenspraak.room.RoomViews.Revealed;
import nl.samenspraak.room.RoomViews.RevealedAnswer;
import nl.samenspraak.room.RoomViews.RoomView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a room looks like to whom: everyone sees the step, who is there and who answered; the facilitator also
 * sees the answers as they arrive and what the group settles on by itself; a participant also sees their own
 * part. Built from the room's snapshot and the answers in memory, without reading the database (but for a
 * partner's preparation).
 */
@Component
class RoomViewer {

    private final RoomAnswers answers;
    private final RoomPresence presence;
    private final ConversationDirectory conversations;

    RoomViewer(RoomAnswers answers, RoomPresence presence, ConversationDirectory conversations) {
        this.answers = answers;
        this.presence = presence;
        this.conversations = conversations;
    }

    /** The room as one viewer may see it: the owner as facilitator, a participant with their own part. */
    RoomView of(LiveRoom room, RoomActor viewer) {
        return view(room, viewer, room.isOwnedBy(viewer));
    }

    /** The view for everyone in the room, no one's own part in it. */
    RoomView forEveryone(LiveRoom room) {
        return view(room, null, false);
    }

    /** The facilitator's view, with the answers as they arrive. */
    RoomView forFacilitator(LiveRoom room) {
        return view(room, null, true);
    }

    private RoomView view(LiveRoom live, RoomActor viewer, boolean asOwner) {
        Room room = live.room();
        Step step = live.step();
        Map<String, Object> given = answers.at(room.id(), step.nodeId());
        List<RoomParticipant> everyone = live.participants();
        List<ParticipantView> people = everyone.stream().map(p -> new ParticipantView(p.id(), p.name(), p.organisation(),
                presence.isConnected(room.id(), p.id()), given.containsKey(p.id()))).toList();
        String language = room.language();
        Revealed revealed = room.phase() == RoomPhase.REVEALED
                ? revealed(step, language, given, everyone, room.revealNames()) : null;
        Me me = viewer == null || viewer.facilitator() ? null : me(live, viewer.id(), given);
        List<RevealedAnswer> shown = asOwner ? answersOf(step, language, given, everyone, true) : null;
        Object decision = asOwner ? GroupDecision.of(step, given.values()) : null;
        return new RoomView(room.id(), room.dialogueId(), room.roundId(), room.language(), room.isOpen() ? room.joinCode() : null,
                room.status(), room.phase(), room.revealNames(), step, people, given.size(), revealed, me, shown,
                decision);
    }

    private Revealed revealed(Step step, String language, Map<String, Object> given, List<RoomParticipant> everyone,
                              boolean names) {
        List<RevealedAnswer> shown = new ArrayList<>(answersOf(step, language, given, everyone, names));
        if (!names) {
            // Without names, the order must not give away who said what either.
            shown.sort(Comparator.comparing(RevealedAnswer::display));
        }
        return new Revealed(shown, Aggregates.tally(step, given.values()), Aggregates.scale(step, given.values()),
                Aggregates.ranking(step, given.values()));
    }

    private static List<RevealedAnswer> answersOf(Step step, String language, Map<String, Object> given,
                                                  List<RoomParticipant> everyone, boolean names) {
        List<RevealedAnswer> shown = new ArrayList<>();
        for (RoomParticipant p : everyone) {
            if (given.containsKey(p.id())) {
                Object value = given.get(p.id());
                String display = Display.of(step, value, language);
                shown.add(names ? new RevealedAnswer(p.id(), p.name(), p.organisation(), value, display)
                        : new RevealedAnswer(null, null, null, value, display));
            }
        }
        return shown;
    }

    private Me me(LiveRoom live, String participantId, Map<String, Object> given) {
        RoomParticipant self = live.participant(participantId).orElse(null);
        if (self == null) {
            return null;
        }
        Step step = live.step();
        String language = live.room().language();
        Preparation preparation = null;
        if (self.invitationId() != null && !given.containsKey(participantId) && step.type().asksAnswer()) {
            // Read as the room reads it, in the room's language, whatever the preparation's language was.
            preparation = conversations.ownAnswers(self.invitationId()).stream()
                    .filter(a -> a.nodeId().equals(step.nodeId()) && sameDialogue(live.room(), self))
                    .findFirst().map(a -> new Preparation(a.value(), Display.of(step, a.value(), language))).orElse(null);
        }
        Object answer = given.get(participantId);
        return new Me(self.id(), self.name(), answer, answer == null ? null : Display.of(step, answer, language),
                preparation);
    }

    private boolean sameDialogue(Room room, RoomParticipant self) {
        // A preparation of another round is not this room's: the partner prepared for that round's session.
        return conversations.ofInvitation(self.invitationId()).map(c -> c.dialogueId().equals(room.dialogueId())
                && java.util.Objects.equals(c.roundId(), room.roundId())).orElse(false);
    }
}
