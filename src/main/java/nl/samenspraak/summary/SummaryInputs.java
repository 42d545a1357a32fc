package nl.samenspraak.summary;

import nl.samenspraak.conversation.ConversationDirectory;
import nl.samenspraak.conversation.PartnerConversation;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.room.RoomDirectory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what a summary may use: the shared answers of a collaboration's partners for one dialogue, from
 * their preparation and from rooms. Private answers never reach this point (the conversation feature
 * hands out shared answers only).
 */
@Component
class SummaryInputs {

    private final ConversationDirectory conversations;
    private final RoomDirectory rooms;
    private final DialogueEngine engine = new DialogueEngine();

    SummaryInputs(ConversationDirectory conversations, RoomDirectory rooms) {
        this.conversations = conversations;
        this.rooms = rooms;
    }

    /** The contributions of every round of the dialogue. */
    List<Contribution> of(String collaborationId, Dialogue dialogue, String language) {
        return of(collaborationId, dialogue, language, null);
    }

    /** The contributions of one round of the dialogue: its invitations' conversations and its rooms (all when null). */
    List<Contribution> of(String collaborationId, Dialogue dialogue, String language, String roundId) {
        List<Contribution> contributions = new ArrayList<>();
        for (PartnerConversation c : conversations.ofCollaboration(collaborationId)) {
            if (!c.dialogueId().equals(dialogue.id()) || !inRound(c.roundId(), roundId)) {
                continue;
            }
            String partner = c.invitationId() != null ? c.invitationId() : "conversation-" + c.id();
            c.sharedAnswers().forEach(a -> contributions.add(new Contribution(partner, c.participantName(),
                    c.participantOrganisation(), a.nodeId(), nodeOf(a.nodeId()), a.value(),
                    engine.display(dialogue, a.nodeId(), a.value(), language), Contribution.PREPARATION, c.id())));
        }
        for (RoomDirectory.RoomAnswer a : rooms.answers(collaborationId, dialogue.id())) {
            if (!inRound(a.roundId(), roundId)) {
                continue;
            }
            String partner = a.invitationId() != null ? a.invitationId() : "participant-" + a.participantId();
            contributions.add(new Contribution(partner, a.name(), a.organisation(), a.stepId(), a.nodeId(), a.value(),
                    engine.display(dialogue, a.stepId(), a.value(), language), Contribution.ROOM, a.roomId()));
        }
        return onePerPartner(contributions);
    }

    /**
     * One key per person: a partner who prepared on an invitation and joined a room by code under the same name
     * and organisation is one voice, and so are two anonymous runs under one name and organisation, so that a
     * summary counts the partners who answered rather than their links and sessions.
     */
    static List<Contribution> onePerPartner(List<Contribution> contributions) {
        java.util.Map<String, String> keyOfPerson = new java.util.HashMap<>();
        for (Contribution c : contributions) {
            String person = person(c);
            if (person != null && !c.partnerKey().startsWith("conversation-") && !c.partnerKey().startsWith("participant-")) {
                keyOfPerson.putIfAbsent(person, c.partnerKey());
            }
        }
        List<Contribution> keyed = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            String person = person(c);
            String key = person == null ? c.partnerKey() : keyOfPerson.computeIfAbsent(person, p -> c.partnerKey());
            keyed.add(key.equals(c.partnerKey()) ? c : new Contribution(key, c.name(), c.organisation(), c.stepId(),
                    c.nodeId(), c.value(), c.display(), c.source(), c.sourceId()));
        }
        return keyed;
    }

    static String person(Contribution c) {
        return c.name() == null || c.name().isBlank() ? null
                : (c.name().strip() + "|" + (c.organisation() == null ? "" : c.organisation().strip())).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean inRound(String roundOfAnswer, String roundId) {
        return roundId == null || roundId.equals(roundOfAnswer);
    }

    private static String nodeOf(String stepId) {
        int at = stepId.indexOf('@');
        return at < 0 ? stepId : stepId.substring(0, at);
    }
}
