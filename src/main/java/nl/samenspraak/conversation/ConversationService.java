package nl.samenspraak.conversation;

import nl.samenspraak.access.Tokens;
import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.conversation.ConversationRequests.ConversationBody;
import nl.samenspraak.conversation.ConversationRequests.ParticipantBody;
import nl.samenspraak.conversation.ConversationRequests.StartBody;
import nl.samenspraak.conversation.ConversationRequests.Started;
import nl.samenspraak.dialogue.AnswerAnalysis;
import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.Display;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Outcome;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.RecordedAnswer;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.VersionChange;
import nl.samenspraak.dialogue.Visibility;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import nl.samenspraak.web.UiMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Solo conversations: starts them, hands each request to the engine, and stores the new state together
 * with the answers it recorded in one transaction, so an answer is acknowledged only once it is stored.
 */
@Service
class ConversationService {

    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION = 150;

    private final ConversationRepository conversations;
    private final InvitationResolver invitations;
    private final AnswerLog answerLog;
    private final DialogueCatalog catalog;
    private final DialogueEngine engine;
    private final JsonMapper json;
    private final Clock clock;
    private final UiMessages messages;

    /** @param analysis the language feature's analysis of answers, for probes on vague or problem-framed answers */
    ConversationService(ConversationRepository conversations, InvitationResolver invitations, AnswerLog answerLog,
                        DialogueCatalog catalog, AnswerAnalysis analysis, JsonMapper json, Clock clock,
                        UiMessages messages) {
        this.engine = new DialogueEngine(analysis);
        this.conversations = conversations;
        this.invitations = invitations;
        this.answerLog = answerLog;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * A running conversation with what the engine needs to go on with it. When the dialogue has another version
     * than the one the stored state follows, the state is already brought onto the dialogue's version and
     * {@code change} says what that did (null when the versions are the same).
     */
    record Loaded(Conversation conversation, Dialogue dialogue, Speaker speaker, ConversationState state,
                  VersionChange change) {
    }

    @Transactional
    public Started start(StartBody body) {
        if (body.invitation() != null) {
            return startOrResumeInvited(body);
        }
        ParticipantBody who = body.participant() == null ? new ParticipantBody(null, null) : body.participant();
        String token = Tokens.newToken();
        return create(body.dialogueId(), body.language(), who, token, null);
    }

    /** An invitation's link opens the same conversation every time: its token is the conversation's. */
    private Started startOrResumeInvited(StartBody body) {
        if (body.dialogueId() != null || body.participant() != null) {
            throw ApiException.invalid(body.dialogueId() != null ? "dialogueId" : "participant",
                    "an invitation already says which dialogue and who; send only invitation (and language)");
        }
        InvitationResolver.InvitedPartner invited = invitations.resolve(body.invitation());
        return conversations.findByInvitationId(invited.invitationId())
                .map(existing -> {
                    Loaded loaded = load(existing.id(), body.invitation());
                    return new Started(existing.id(), body.invitation(), offered(loaded, stepWithNotice(loaded)));
                })
                .orElseGet(() -> create(invited.dialogueId(), body.language(),
                        new ParticipantBody(invited.name(), invited.organisation()), body.invitation(), invited));
    }

    private Started create(String dialogueId, String requestedLanguage, ParticipantBody who, String token,
                           InvitationResolver.InvitedPartner invited) {
        String language = requestedLanguage == null ? Dialogue.DEFAULT_LANGUAGE : requestedLanguage;
        Dialogue dialogue = catalog.require(dialogueId, Mode.SOLO, language);
        Participant participant = new Participant(Fields.optional(who.name(), "participant.name", MAX_NAME),
                Fields.optional(who.organisation(), "participant.organisation", MAX_ORGANISATION));
        Speaker speaker = new Speaker(participant, language, Mode.SOLO);
        ConversationState state = engine.start(dialogue, speaker);
        Instant now = clock.instant();
        Conversation saved = conversations.save(new Conversation(UUID.randomUUID().toString(), null, dialogue.id(),
                dialogue.version(), language, participant.name(), participant.organisation(), Tokens.hash(token),
                status(dialogue, speaker, state), write(state), now, now,
                invited == null ? null : invited.collaborationId(), invited == null ? null : invited.invitationId(),
                invited == null ? null : invited.roundId()));
        return new Started(saved.id(), token, offered(saved, dialogue, speaker, engine.step(dialogue, speaker, state)));
    }

    @Transactional(readOnly = true)
    public ConversationBody view(String id, String token) {
        Loaded loaded = load(id, token);
        Step step = offered(loaded, stepWithNotice(loaded));
        return new ConversationBody(id, loaded.dialogue().id(), loaded.speaker().language(),
                loaded.conversation().status(), step,
                engine.answers(loaded.dialogue(), loaded.speaker(), loaded.state()), step.progress());
    }

    @Transactional
    public Step answer(String id, String token, String nodeId, Object value, String visibility) {
        return update(id, token, loaded -> {
            Visibility requested = visibility(visibility, true);
            Outcome outcome = engine.answer(loaded.dialogue(), loaded.speaker(), loaded.state(), nodeId, value, requested);
            return new Change(outcome.state(), outcome.recorded());
        });
    }

    @Transactional
    public Step back(String id, String token, String nodeId) {
        return update(id, token, loaded -> new Change(
                engine.back(loaded.dialogue(), loaded.speaker(), loaded.state(), nodeId), List.of()));
    }

    @Transactional
    public Step changeVisibility(String id, String token, String nodeId, String visibility) {
        return update(id, token, loaded -> {
            if (nodeId == null) {
                throw ApiException.invalid("nodeId", "nodeId is required");
            }
            Visibility requested = visibility(visibility, false);
            Outcome outcome = engine.changeVisibility(loaded.dialogue(), loaded.speaker(), loaded.state(), nodeId, requested);
            return new Change(outcome.state(), outcome.recorded());
        });
    }

    @Transactional(readOnly = true)
    public String transcript(String id, String token) {
        Loaded loaded = load(id, token);
        Conversation c = loaded.conversation();
        return Transcript.markdown(loaded.dialogue(), c.language(), c.participantName(), c.participantOrganisation(),
                engine.answers(loaded.dialogue(), loaded.speaker(), loaded.state()));
    }

    /** The conversation, when the token opens it; never says whether a conversation exists otherwise. */
    @Transactional(readOnly = true)
    public Loaded load(String id, String token) {
        Conversation conversation = conversations.findById(id)
                .filter(c -> Tokens.matches(token, c.tokenHash()))
                .orElseThrow(() -> ApiException.notFound("no conversation with this id and token"));
        if (conversation.invitationId() != null) {
            invitations.ensureActive(conversation.invitationId());
        }
        Dialogue dialogue = catalog.find(conversation.dialogueId()).orElseThrow(() -> new ApiException(HttpStatus.GONE,
                "gone", null, "the dialogue '" + conversation.dialogueId() + "' is no longer offered"));
        return loaded(conversation, dialogue);
    }

    /** A stored conversation with its dialogue and speaker, for callers that already checked access. */
    Loaded loaded(Conversation conversation, Dialogue dialogue) {
        Speaker speaker = new Speaker(new Participant(conversation.participantName(),
                conversation.participantOrganisation()), conversation.language(), Mode.SOLO);
        ConversationState stored = storedState(conversation);
        if (dialogue == null || dialogue.version() == conversation.dialogueVersion()) {
            return new Loaded(conversation, dialogue, speaker, stored, null);
        }
        VersionChange change = engine.onNewVersion(dialogue, speaker, stored);
        return new Loaded(conversation, dialogue, speaker, change.state(), change);
    }

    /**
     * The current step, with a notice when the dialogue changed under the conversation in a way the participant
     * notices: the step they were at is gone, or earlier answers of theirs no longer count.
     */
    private Step stepWithNotice(Loaded loaded) {
        Step step = engine.step(loaded.dialogue(), loaded.speaker(), loaded.state());
        return loaded.change() == null ? step
                : loaded.change().noticed(step, kind -> messages.text(loaded.speaker().language(), "conversation.changed." + kind));
    }

    /** The state as stored, made on the dialogue version the conversation records. */
    private ConversationState storedState(Conversation conversation) {
        return json.readValue(conversation.state(), ConversationState.class);
    }

    /**
     * Applies a change to the state and stores the result with the answers the change logged, in one
     * transaction. The versioned save of the state comes first, so that of two windows changing the same
     * conversation at once the second fails there (409) before it logs anything.
     */
    private Step update(String id, String token, Function<Loaded, Change> change) {
        Loaded loaded = load(id, token);
        Change result = change.apply(loaded);
        // The stored state follows the dialogue's version from now on: a notice of a change is shown until then.
        conversations.save(loaded.conversation().onDialogueVersion(loaded.dialogue().version()).withState(
                write(result.state()), status(loaded.dialogue(), loaded.speaker(), result.state()), clock.instant()));
        answerLog.append(id, result.recorded());
        return offered(loaded.conversation(), loaded.dialogue(), loaded.speaker(),
                engine.step(loaded.dialogue(), loaded.speaker(), result.state()));
    }

    private Step offered(Loaded loaded, Step step) {
        return offered(loaded.conversation(), loaded.dialogue(), loaded.speaker(), step);
    }

    /**
     * The step with the partner's shared answer to it from their latest earlier round, offered as a starting point
     * ({@code previous}), when the conversation is of an invitation in a later round and the step is not answered
     * yet in this one. Only offered: it counts once the partner sends it as their answer.
     */
    private Step offered(Conversation conversation, Dialogue dialogue, Speaker speaker, Step step) {
        if (conversation.invitationId() == null || !step.type().asksAnswer() || step.answer() != null) {
            return step;
        }
        for (InvitationResolver.EarlierInvitation earlier : invitations.earlierRounds(conversation.invitationId())) {
            Conversation before = conversations.findByInvitationId(earlier.invitationId()).orElse(null);
            if (before == null || !before.dialogueId().equals(dialogue.id())) {
                continue;
            }
            // The partner's latest earlier round they took part in: its shared answer to this step, or none.
            Loaded previous = loaded(before, dialogue);
            return engine.answers(dialogue, previous.speaker(), previous.state()).stream()
                    .filter(a -> a.visibility() == Visibility.SHARED && a.nodeId().equals(step.nodeId()))
                    .findFirst()
                    .map(a -> step.withPrevious(new Step.Previous(a.value(),
                            Display.of(step, a.value(), speaker.language()), earlier.round())))
                    .orElse(step);
        }
        return step;
    }

    /** A new state and the answers to log with it. */
    private record Change(ConversationState state, List<RecordedAnswer> recorded) {
    }

    private static Visibility visibility(String value, boolean optional) {
        if (value == null && optional) {
            return null;
        }
        Visibility visibility = Visibility.parse(value);
        if (visibility == null) {
            throw ApiException.invalid("visibility", "visibility is 'shared' or 'private', not '" + value + "'");
        }
        return visibility;
    }

    private ConversationStatus status(Dialogue dialogue, Speaker speaker, ConversationState state) {
        return engine.step(dialogue, speaker, state).type() == NodeType.END ? ConversationStatus.FINISHED
                : ConversationStatus.ACTIVE;
    }

    private String write(ConversationState state) {
        return json.writeValueAsString(state);
    }
}
