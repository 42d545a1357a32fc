package nl.samenspraak.room;

import nl.samenspraak.access.Tokens;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.conversation.ConversationDirectory;
import nl.samenspraak.conversation.InvitationResolver;
import nl.samenspraak.dialogue.AnsweredStep;
import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueCatalog;
import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.RecordedAnswer;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.Visibility;
import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.room.RoomViews.Joined;
import nl.samenspraak.room.RoomViews.Me;
import nl.samenspraak.room.RoomViews.ParticipantView;
import nl.samenspraak.room.RoomViews.Preparation;
import nl.samenspraak.room.RoomViews.Revealed;
import nl.samenspraak.room.RoomViews.RevealedAnswer;
import nl.samenspraak.room.RoomViews.RoomView;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Live group sessions: opening, joining, answering and the facilitator's pacing. The room's state and every
 * answer are stored as they happen, so a room goes on where it was after a restart.
 */
@Service
class RoomService {

    private final RoomRepository rooms;
    private final RoomParticipantRepository participants;
    private final RoomAnswers answers;
    private final RoomPresence presence;
    private final AnswerLog answerLog;
    private final DialogueCatalog catalog;
    private final Collaborations collaborations;
    private final InvitationResolver invitations;
    private final ConversationDirectory conversations;
    private final JsonMapper json;
    private final Clock clock;
    private final DialogueEngine engine = new DialogueEngine();

    RoomService(RoomRepository rooms, RoomParticipantRepository participants, RoomAnswers answers,
                RoomPresence presence, AnswerLog answerLog, DialogueCatalog catalog, Collaborations collaborations,
                InvitationResolver invitations, ConversationDirectory conversations, JsonMapper json, Clock clock) {
        this.rooms = rooms;
        this.participants = participants;
        this.answers = answers;
        this.presence = presence;
        this.answerLog = answerLog;
        this.catalog = catalog;
        this.collaborations = collaborations;
        this.invitations = invitations;
        this.conversations = conversations;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Room open(String collaborationId, String dialogueId, String requestedLanguage) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        if (dialogueId == null) {
            throw ApiException.invalid("dialogueId", "dialogueId is required");
        }
        Dialogue dialogue = catalog.find(dialogueId)
                .orElseThrow(() -> ApiException.invalid("dialogueId", "unknown dialogue '" + dialogueId + "'"));
        if (!dialogue.modes().contains(Mode.GROUP.wireName())) {
            throw ApiException.invalid("dialogueId", "the dialogue '" + dialogueId + "' is not for groups");
        }
        String language = requestedLanguage == null ? Dialogue.DEFAULT_LANGUAGE : requestedLanguage;
        if (!dialogue.supportsLanguage(language)) {
            throw ApiException.invalid("language", "the dialogue is not available in '" + language + "'");
        }
        ConversationState state = engine.start(dialogue, group(language));
        Instant now = clock.instant();
        return rooms.save(new Room(UUID.randomUUID().toString(), null, collaborationId, dialogueId, language,
                freeJoinCode(), Room.OPEN, Room.ANSWERING, true, json.writeValueAsString(state), now, now));
    }

    @Transactional
    public Joined join(String joinCode, String name, String organisation, String invitationToken) {
        Room room = rooms.findByJoinCodeAndStatus(JoinCodes.normalise(joinCode), Room.OPEN)
                .orElseThrow(() -> ApiException.notFound("no open room with the code '" + joinCode + "'"));
        String token = Tokens.newToken();
        if (invitationToken != null) {
            InvitationResolver.InvitedPartner invited = invitations.resolve(invitationToken);
            Optional<RoomParticipant> earlier = participants.findByRoomIdAndInvitationId(room.id(), invited.invitationId());
            if (earlier.isPresent()) {
                participants.save(new RoomParticipant(earlier.get().id(), room.id(), Tokens.hash(token),
                        earlier.get().name(), earlier.get().organisation(), invited.invitationId(), earlier.get().joinedAt()));
                return new Joined(room.id(), earlier.get().id(), token);
            }
            return newParticipant(room, token, invited.name(), invited.organisation(), invited.invitationId());
        }
        return newParticipant(room, token, Fields.required(name, "name", 100),
                Fields.optional(organisation, "organisation", 150), null);
    }

    /** A partner without a device of their own, for whom the facilitator enters answers. */
    @Transactional
    public Joined addParticipant(String roomId, RoomActor actor, String name, String organisation) {
        Room room = controlled(roomId, actor);
        return newParticipant(room, Tokens.newToken(), Fields.required(name, "name", 100),
                Fields.optional(organisation, "organisation", 150), null);
    }

    private Joined newParticipant(Room room, String token, String name, String organisation, String invitationId) {
        RoomParticipant participant = participants.save(new RoomParticipant(UUID.randomUUID().toString(), room.id(),
                Tokens.hash(token), name, organisation, invitationId, clock.instant(), true));
        return new Joined(room.id(), participant.id(), token);
    }

    /** The participant the token belongs to, in any room; empty when none. */
    Optional<RoomActor> participantFor(String token) {
        return participants.findByTokenHash(Tokens.hash(token)).map(p -> RoomActor.participant(p.id(), p.roomId()));
    }

    @Transactional(readOnly = true)
    public RoomView view(String roomId, RoomActor viewer) {
        Room room = visible(roomId, viewer);
        return view(room, viewer, isOwner(viewer, room));
    }

    @Transactional(readOnly = true)
    public List<RoomView> ofCollaboration(String collaborationId) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        return rooms.findByCollaborationIdOrderByCreatedAt(collaborationId).stream()
                .map(room -> view(room, null, true)).toList();
    }

    /** The view for everyone in the room (no one's own part), and the facilitator's with the live answers. */
    @Transactional(readOnly = true)
    public RoomView publicView(String roomId) {
        return view(room(roomId), null, false);
    }

    @Transactional(readOnly = true)
    public RoomView facilitatorView(String roomId) {
        return view(room(roomId), null, true);
    }

    @Transactional(readOnly = true)
    public String ownerOf(String roomId) {
        return collaborations.ownerUsername(room(roomId).collaborationId());
    }

    /** A participant's answer to the current step, or one the facilitator enters on a participant's behalf. */
    @Transactional
    public void answer(String roomId, RoomActor actor, String nodeId, Object value, String onBehalfOf) {
        Room room = visible(roomId, actor);
        String participantId = actor.facilitator() ? onBehalfOf : actor.id();
        if (actor.facilitator()) {
            controlled(roomId, actor);
            if (onBehalfOf == null || participants.findById(onBehalfOf).filter(p -> p.roomId().equals(roomId)).isEmpty()) {
                throw ApiException.invalid("participantId", "name the participant of this room to answer for");
            }
        }
        if (!room.isOpen()) {
            throw ApiException.invalid("nodeId", "the room is closed");
        }
        if (Room.REVEALED.equals(room.phase())) {
            throw ApiException.invalid("nodeId", "the answers are revealed; wait for the next step");
        }
        Dialogue dialogue = dialogue(room);
        ConversationState state = state(room);
        Object valid = engine.validate(dialogue, group(room.language()), state, nodeId, value);
        answerLog.appendForRoom(roomId, participantId,
                List.of(new RecordedAnswer(nodeId, nodeId.replaceAll("@.*", ""), valid, Visibility.SHARED)));
        answers.put(roomId, participantId, nodeId, valid);
    }

    /** The facilitator's controls: next, back, reveal, hide, close; reveal may say whether names show. */
    @Transactional
    public void control(String roomId, RoomActor actor, String action, Boolean revealNames, Object decided) {
        Room room = controlled(roomId, actor);
        if (!room.isOpen()) {
            throw ApiException.invalid("action", "the room is closed");
        }
        Dialogue dialogue = dialogue(room);
        Speaker group = group(room.language());
        ConversationState state = state(room);
        Step step = engine.step(dialogue, group, state);
        Instant now = clock.instant();
        boolean names = revealNames == null ? room.revealNames() : revealNames;
        Room next = switch (action == null ? "" : action) {
            case "next" -> {
                Object value = decided != null ? decided : GroupDecision.of(step, answers.at(roomId, step.nodeId()).values());
                yield room.with(Room.OPEN, Room.ANSWERING, names, write(engine.advance(dialogue, group, state, step.nodeId(), value)), now);
            }
            case "back" -> room.with(Room.OPEN, Room.ANSWERING, names, write(engine.back(dialogue, group, state, null)), now);
            case "reveal" -> room.with(Room.OPEN, Room.REVEALED, names, room.state(), now);
            case "hide" -> room.with(Room.OPEN, Room.ANSWERING, names, room.state(), now);
            case "close" -> room.with(Room.CLOSED, room.phase(), names, room.state(), now);
            default -> throw ApiException.invalid("action", "action is one of next, back, reveal, hide, close; not '" + action + "'");
        };
        rooms.save(next);
    }

    private RoomView view(Room room, RoomActor viewer, boolean asOwner) {
        Dialogue dialogue = dialogue(room);
        Step step = engine.step(dialogue, group(room.language()), state(room));
        Map<String, Object> given = answers.at(room.id(), step.nodeId());
        List<RoomParticipant> everyone = participants.findByRoomIdOrderByJoinedAt(room.id());
        List<ParticipantView> people = everyone.stream().map(p -> new ParticipantView(p.id(), p.name(), p.organisation(),
                presence.isConnected(room.id(), p.id()), given.containsKey(p.id()))).toList();
        Revealed revealed = Room.REVEALED.equals(room.phase()) ? revealed(step, given, everyone, room.revealNames()) : null;
        Me me = viewer == null || viewer.facilitator() ? null : me(room, step, viewer.id(), given, everyone);
        List<RevealedAnswer> live = asOwner ? answersOf(step, given, everyone, true) : null;
        return new RoomView(room.id(), room.dialogueId(), room.language(), room.isOpen() ? room.joinCode() : null,
                room.status(), room.phase(), room.revealNames(), step, people, given.size(), revealed, me, live);
    }

    private Revealed revealed(Step step, Map<String, Object> given, List<RoomParticipant> everyone, boolean names) {
        List<RevealedAnswer> shown = new ArrayList<>(answersOf(step, given, everyone, names));
        if (!names) {
            // Without names, the order must not give away who said what either.
            shown.sort(Comparator.comparing(RevealedAnswer::display));
        }
        return new Revealed(shown, Aggregates.tally(step, given.values()), Aggregates.scale(step, given.values()),
                Aggregates.ranking(step, given.values()));
    }

    private static List<RevealedAnswer> answersOf(Step step, Map<String, Object> given, List<RoomParticipant> everyone,
                                                  boolean names) {
        List<RevealedAnswer> shown = new ArrayList<>();
        for (RoomParticipant p : everyone) {
            if (given.containsKey(p.id())) {
                Object value = given.get(p.id());
                shown.add(names ? new RevealedAnswer(p.id(), p.name(), p.organisation(), value, GroupDecision.display(step, value))
                        : new RevealedAnswer(null, null, null, value, GroupDecision.display(step, value)));
            }
        }
        return shown;
    }

    private Me me(Room room, Step step, String participantId, Map<String, Object> given, List<RoomParticipant> everyone) {
        RoomParticipant self = everyone.stream().filter(p -> p.id().equals(participantId)).findFirst().orElse(null);
        if (self == null) {
            return null;
        }
        Preparation preparation = null;
        if (self.invitationId() != null && !given.containsKey(participantId) && step.type().asksAnswer()) {
            preparation = conversations.ownAnswers(self.invitationId()).stream()
                    .filter(a -> a.nodeId().equals(step.nodeId()) && sameDialogue(room, self))
                    .findFirst().map(a -> new Preparation(a.value(), a.display())).orElse(null);
        }
        return new Me(self.id(), self.name(), given.get(participantId), preparation);
    }

    private boolean sameDialogue(Room room, RoomParticipant self) {
        return conversations.ofInvitation(self.invitationId()).map(c -> c.dialogueId().equals(room.dialogueId())).orElse(false);
    }

    private Room visible(String roomId, RoomActor actor) {
        Room room = room(roomId);
        boolean member = actor != null && !actor.facilitator() && roomId.equals(actor.roomId());
        if (!member && !isOwner(actor, room)) {
            throw ApiException.notFound("no room " + roomId);
        }
        return room;
    }

    private Room controlled(String roomId, RoomActor actor) {
        Room room = visible(roomId, actor);
        if (!isOwner(actor, room)) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden", "action",
                    "only the facilitator controls the room");
        }
        return room;
    }

    boolean canSee(RoomActor actor, String roomId) {
        return rooms.findById(roomId).map(room -> (!actor.facilitator() && roomId.equals(actor.roomId()))
                || isOwner(actor, room)).orElse(false);
    }

    private boolean isOwner(RoomActor actor, Room room) {
        return actor != null && actor.facilitator() && collaborations.owns(actor.id(), room.collaborationId());
    }

    private Room room(String roomId) {
        return rooms.findById(roomId).orElseThrow(() -> ApiException.notFound("no room " + roomId));
    }

    private Dialogue dialogue(Room room) {
        return catalog.find(room.dialogueId()).orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.GONE,
                "gone", null, "the dialogue '" + room.dialogueId() + "' is no longer offered"));
    }

    private ConversationState state(Room room) {
        return json.readValue(room.state(), ConversationState.class);
    }

    private String write(ConversationState state) {
        return json.writeValueAsString(state);
    }

    /** The group as the engine's speaker: no one person's name, in the room's language. */
    private static Speaker group(String language) {
        return new Speaker(new Participant("", ""), language, Mode.GROUP);
    }

    private String freeJoinCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = JoinCodes.next();
            if (rooms.findByJoinCodeAndStatus(code, Room.OPEN).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 attempts");
    }
}
