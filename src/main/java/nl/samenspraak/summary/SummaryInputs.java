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

    List<Contribution> of(String collaborationId, Dialogue dialogue, String language) {
        List<Contribution> contributions = new ArrayList<>();
        for (PartnerConversation c : conversations.ofCollaboration(collaborationId)) {
            if (!c.dialogueId().equals(dialogue.id())) {
                continue;
            }
            String partner = c.invitationId() != null ? c.invitationId() : "conversation-" + c.id();
            c.sharedAnswers().forEach(a -> contributions.add(new Contribution(partner, c.participantName(),
                    c.participantOrganisation(), a.nodeId(), nodeOf(a.nodeId()), a.value(),
                    engine.display(dialogue, nodeOf(a.nodeId()), a.value(), language), Contribution.PREPARATION, c.id())));
        }
        for (RoomDirectory.RoomAnswer a : rooms.answers(collaborationId, dialogue.id())) {
            String partner = a.invitationId() != null ? a.invitationId() : "participant-" + a.participantId();
            contributions.add(new Contribution(partner, a.name(), a.organisation(), a.stepId(), a.nodeId(), a.value(),
                    engine.display(dialogue, a.nodeId(), a.value(), language), Contribution.ROOM, a.roomId()));
        }
        return contributions;
    }

    private static String nodeOf(String stepId) {
        int at = stepId.indexOf('@');
        return at < 0 ? stepId : stepId.substring(0, at);
    }
}
