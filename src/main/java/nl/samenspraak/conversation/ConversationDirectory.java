package nl.samenspraak.conversation;

import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.LoggedAnswer;
import nl.samenspraak.dialogue.AnsweredStep;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.Visibility;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversations of a collaboration as its facilitator may see them: shared answers only. Privacy is
 * enforced here, at the source, so no view, export or summary built on this can show a private answer.
 */
@Service
public class ConversationDirectory {

    private final ConversationRepository conversations;
    private final ConversationService service;
    private final DialogueCatalog catalog;
    private final AnswerLog answerLog;
    // Without answer analysis: these views read answers and progress, never a step's probe.
    private final DialogueEngine engine = new DialogueEngine();
    private final JsonMapper json;

    ConversationDirectory(ConversationRepository conversations, ConversationService service, DialogueCatalog catalog,
                          AnswerLog answerLog, JsonMapper json) {
        this.conversations = conversations;
        this.json = json;
        this.service = service;
        this.catalog = catalog;
        this.answerLog = answerLog;
    }

    @Transactional(readOnly = true)
    public List<PartnerConversation> ofCollaboration(String collaborationId) {
        return conversations.findByCollaborationIdOrderByCreatedAt(collaborationId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerConversation> ofInvitation(String invitationId) {
        return conversations.findByInvitationId(invitationId).map(this::view);
    }

    /**
     * Every answer of the invited partner's preparation, private ones included: only for showing the partner
     * their own answers again (in a room, as their starting point), never for anyone else.
     */
    @Transactional(readOnly = true)
    public List<AnsweredStep> ownAnswers(String invitationId) {
        return conversations.findByInvitationId(invitationId).map(c -> {
            ConversationService.Loaded loaded = service.loaded(c, catalog.find(c.dialogueId()).orElse(null));
            return loaded.dialogue() == null ? List.<AnsweredStep>of()
                    : engine.answers(loaded.dialogue(), loaded.speaker(), loaded.state());
        }).orElse(List.of());
    }

    /** The invited partner's transcript as their facilitator may read it: shared answers only. */
    @Transactional(readOnly = true)
    public Optional<String> sharedTranscript(String invitationId) {
        return conversations.findByInvitationId(invitationId).map(this::view).flatMap(view ->
                catalog.find(view.dialogueId()).map(dialogue -> Transcript.markdown(dialogue,
                        conversations.findById(view.id()).orElseThrow().language(), view.participantName(),
                        view.participantOrganisation(), view.sharedAnswers())));
    }

    /** A new link for an invitation: the conversation follows its new token, the old one stops working. */
    @Transactional
    public void rehash(String invitationId, String newTokenHash) {
        conversations.findByInvitationId(invitationId)
                .ifPresent(c -> conversations.save(c.withTokenHash(newTokenHash)));
    }

    /**
     * A conversation as its facilitator may see it. Its answers are the answer log's, as they stand now, like a
     * room's: the log is the one source of what a partner answered. The conversation's state says only which of
     * those steps are still on the partner's way (an answer on a branch they went back from no longer counts).
     */
    private PartnerConversation view(Conversation c) {
        ConversationService.Loaded loaded = service.loaded(c, catalog.find(c.dialogueId()).orElse(null));
        Map<String, LoggedAnswer> standing = answerLog.current(c.id());
        List<AnsweredStep> shared = List.of();
        int current = 0;
        int total = 0;
        if (loaded.dialogue() != null) {
            shared = engine.answers(loaded.dialogue(), loaded.speaker(), loaded.state()).stream()
                    .filter(a -> isShared(standing.get(a.nodeId())))
                    .map(a -> asLogged(a, standing.get(a.nodeId()), loaded))
                    .toList();
            Step step = engine.step(loaded.dialogue(), loaded.speaker(), loaded.state());
            current = step.progress().current();
            total = step.progress().total();
        }
        // The history keeps answers to nodes a newer version of the dialogue no longer has.
        List<PartnerConversation.SharedRevision> history = answerLog.history(c.id()).stream()
                .filter(revision -> isShared(revision) && isShared(standing.get(revision.stepId())))
                .map(r -> new PartnerConversation.SharedRevision(r.stepId(), r.nodeId(),
                        json.readValue(r.valueJson(), Object.class), r.revision(), r.createdAt()))
                .toList();
        return new PartnerConversation(c.id(), c.invitationId(), c.dialogueId(), c.participantName(),
                c.participantOrganisation(), c.status(), current, total, c.updatedAt(), shared, history, c.roundId());
    }

    /**
     * The step on the partner's way with the value the log holds for it, as anyone reads it. The state is stored
     * with the log in one transaction, so the two agree and the step's rendering is reused; should they ever
     * differ, the log's value is rendered.
     */
    private AnsweredStep asLogged(AnsweredStep step, LoggedAnswer logged, ConversationService.Loaded loaded) {
        Object value = json.readValue(logged.valueJson(), Object.class);
        String display = java.util.Objects.equals(value, step.value()) ? step.display()
                : engine.display(loaded.dialogue(), step.nodeId(), value, loaded.speaker().language());
        return new AnsweredStep(step.nodeId(), step.position(), step.type(), step.prompt(), value, display,
                Visibility.SHARED, step.options(), step.poles(), step.min(), step.max(), step.scaleWords(), step.limits());
    }

    private static boolean isShared(LoggedAnswer revision) {
        return revision != null && Visibility.SHARED.wireName().equals(revision.visibility());
    }
}
