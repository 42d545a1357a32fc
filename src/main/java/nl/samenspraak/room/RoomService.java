package nl.samenspraak.room;

import nl.samenspraak.access.Tokens;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.Rounds;
import nl.samenspraak.conversation.InvitationResolver;
import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.RecordedAnswer;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.Visibility;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.room.RoomViews.Joined;
import nl.samenspraak.room.RoomViews.RoomView;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Live group sessions: opening, joining, answering and the facilitator's pacing. The room's state and every
 * answer are stored as they happen, so a room goes on where it was after a restart; between changes the room
 * is read from {@link LiveRooms}, not from the database.
 */
@Service
class RoomService {

    private final RoomRepository rooms;
    private final RoomParticipantRepository participants;
    private final LiveRooms live;
    private final RoomViewer views;
    private final RoomAnswers answers;
    private final RoomAnswerWriter writer;
    private final DialogueCatalog catalog;
    private final Collaborations collaborations;
    private final Rounds rounds;
    private final InvitationResolver invitations;
    private final JsonMapper json;
    private final Clock clock;
    private final DialogueEngine engine = new DialogueEngine();

    RoomService(RoomRepository rooms, RoomParticipantRepository participants, LiveRooms live, RoomViewer views,
                RoomAnswers answers, RoomAnswerWriter writer, DialogueCatalog catalog, Collaborations collaborations,
                Rounds rounds, InvitationResolver invitations, JsonMapper json, Clock clock) {
        this.rooms = rooms;
        this.participants = participants;
        this.live = live;
        this.views = views;
        this.answers = answers;
        this.writer = writer;
        this.catalog = catalog;
        this.collaborations = collaborations;
        this.rounds = rounds;
        this.invitations = invitations;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Room open(String collaborationId, String dialogueId, String requestedLanguage, String roundId) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        String language = requestedLanguage == null ? Dialogue.DEFAULT_LANGUAGE : requestedLanguage;
        Dialogue dialogue = catalog.require(dialogueId, Mode.GROUP, language);
        String round = rounds.resolve(collaborationId, dialogue.id(), roundId);
        ConversationState state = engine.start(dialogue, LiveRooms.group(language));
        Instant now = clock.instant();
        return rooms.save(new Room(UUID.randomUUID().toString(), null, collaborationId, dialogueId, dialogue.version(), language,
                freeJoinCode(), RoomStatus.OPEN, RoomPhase.ANSWERING, true, json.writeValueAsString(state), now, now, round));
    }

    public Joined join(String joinCode, String name, String organisation, String invitationToken) {
        Room room = rooms.findByJoinCodeAndStatus(JoinCodes.normalise(joinCode), RoomStatus.OPEN)
                .orElseThrow(() -> ApiException.notFound("no open room with the code '" + joinCode + "'"));
        String token = Tokens.newToken();
        if (invitationToken != null) {
            InvitationResolver.InvitedPartner invited = invitations.resolve(invitationToken);
            // An invited partner who joins again (another device, a lost token) stays who they were, with a new token.
            return admit(room.id(), token, current -> current.participants().stream()
                    .filter(p -> invited.invitationId().equals(p.invitationId())).findFirst()
                    .map(before -> new RoomParticipant(before.id(), room.id(), Tokens.hash(token), before.name(),
                            before.organisation(), before.invitationId(), before.joinedAt()))
                    .orElseGet(() -> newParticipant(room.id(), token, invited.name(), invited.organisation(),
                            invited.invitationId())));
        }
        RoomParticipant participant = named(room.id(), token, name, organisation);
        return admit(room.id(), token, current -> participant);
    }

    /** A partner without a device of their own, for whom the facilitator enters answers. */
    public Joined addParticipant(String roomId, RoomActor actor, String name, String organisation) {
        controlled(roomId, actor);
        String token = Tokens.newToken();
        RoomParticipant participant = named(roomId, token, name, organisation);
        return admit(roomId, token, current -> participant);
    }

    /** Someone who joins under the name and organisation they give, not by invitation. */
    private RoomParticipant named(String roomId, String token, String name, String organisation) {
        return newParticipant(roomId, token, Fields.required(name, "name", 100),
                Fields.optional(organisation, "organisation", 150), null);
    }

    private RoomParticipant newParticipant(String roomId, String token, String name, String organisation,
                                           String invitationId) {
        return new RoomParticipant(UUID.randomUUID().toString(), roomId, Tokens.hash(token), name, organisation,
                invitationId, clock.instant(), true);
    }

    /** Stores who joins, in turn with the room's other changes, and lets them in. */
    private Joined admit(String roomId, String token, Function<LiveRoom, RoomParticipant> who) {
        String tokenHash = Tokens.hash(token);
        LiveRoom after = live.change(roomId, current -> current.with(participants.save(who.apply(current))));
        String participantId = after.participants().stream().filter(p -> p.tokenHash().equals(tokenHash))
                .findFirst().orElseThrow().id();
        return new Joined(roomId, participantId, token);
    }

    /** The participant the token belongs to, in any room; empty when none. */
    Optional<RoomActor> participantFor(String token) {
        return participants.findByTokenHash(Tokens.hash(token)).map(p -> RoomActor.participant(p.id(), p.roomId()));
    }

    public RoomView view(String roomId, RoomActor viewer) {
        LiveRoom room = visible(roomId, viewer);
        return views.of(room, viewer);
    }

    @Transactional(readOnly = true)
    public List<RoomView> ofCollaboration(String collaborationId) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        return rooms.findByCollaborationIdOrderByCreatedAt(collaborationId).stream()
                .map(room -> views.forFacilitator(live.get(room.id()))).toList();
    }

    /**
     * A participant's answer to the current step, or one the facilitator enters on a participant's behalf. A
     * valid answer goes to the {@link RoomAnswerWriter}, which stores it and then publishes the room; only
     * then does it count, so what the room shows survives a crash.
     */
    public void answer(String roomId, RoomActor actor, String nodeId, Object value, String onBehalfOf) {
        LiveRoom room = actor.facilitator() ? controlled(roomId, actor) : visible(roomId, actor);
        String participantId = actor.facilitator() ? onBehalfOf : actor.id();
        if (actor.facilitator()) {
            if (onBehalfOf == null || room.participant(onBehalfOf).isEmpty()) {
                throw ApiException.invalid("participantId", "name the participant of this room to answer for");
            }
        }
        if (!room.room().isOpen()) {
            throw ApiException.invalid("nodeId", "the room is closed");
        }
        if (room.room().phase() == RoomPhase.REVEALED) {
            throw ApiException.invalid("nodeId", "the answers are revealed; wait for the next step");
        }
        Object valid = engine.validate(room.dialogue(), room.step(), nodeId, value);
        writer.submit(new RoomAnswerWriter.Pending(roomId, actor, participantId,
                new RecordedAnswer(nodeId, DialogueEngine.nodeIdOf(nodeId), valid, Visibility.SHARED)));
    }

    /**
     * The facilitator's controls: next, back, reveal, hide, close; reveal may say whether names show; next may
     * carry the group's answer (without one, the {@link GroupDecision}), whose options at a multi step are put
     * most chosen first, ties in the dialogue's order. One room's controls take turns (a double click, two
     * tabs), each stored before the next one reads the room.
     */
    public void control(String roomId, RoomActor actor, String action, Boolean revealNames, Object decided) {
        controlled(roomId, actor);
        live.change(roomId, current -> {
            Room room = current.room();
            if (!room.isOpen()) {
                throw ApiException.invalid("action", "the room is closed");
            }
            Step step = current.step();
            Instant now = clock.instant();
            boolean names = revealNames == null ? room.revealNames() : revealNames;
            Room next = switch (action == null ? "" : action) {
                case "next" -> {
                    Collection<Object> given = answers.at(roomId, step.nodeId()).values();
                    Object value = decided != null ? GroupDecision.ordered(step, given, decided) : GroupDecision.of(step, given);
                    yield room.with(RoomStatus.OPEN, RoomPhase.ANSWERING, names, write(engine.advance(current.dialogue(),
                            LiveRooms.group(room.language()), current.state(), step.nodeId(), value)), now);
                }
                case "back" -> room.with(RoomStatus.OPEN, RoomPhase.ANSWERING, names, write(engine.back(current.dialogue(),
                        LiveRooms.group(room.language()), current.state(), null)), now);
                case "reveal" -> room.with(RoomStatus.OPEN, RoomPhase.REVEALED, names, room.state(), now);
                case "hide" -> room.with(RoomStatus.OPEN, RoomPhase.ANSWERING, names, room.state(), now);
                case "close" -> room.with(RoomStatus.CLOSED, room.phase(), names, room.state(), now);
                default -> throw ApiException.invalid("action", "action is one of next, back, reveal, hide, close; not '" + action + "'");
            };
            return live.moved(current, rooms.save(next));
        });
    }

    private LiveRoom visible(String roomId, RoomActor actor) {
        LiveRoom room = live.get(roomId);
        if (!room.hasMember(actor) && !room.isOwnedBy(actor)) {
            throw ApiException.notFound("no room " + roomId);
        }
        return room;
    }

    private LiveRoom controlled(String roomId, RoomActor actor) {
        LiveRoom room = visible(roomId, actor);
        if (!room.isOwnedBy(actor)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "action", "only the facilitator controls the room");
        }
        return room;
    }

    boolean canSee(RoomActor actor, String roomId) {
        return live.find(roomId).map(room -> room.hasMember(actor) || room.isOwnedBy(actor)).orElse(false);
    }

    boolean controls(RoomActor actor, String roomId) {
        return live.find(roomId).map(room -> room.isOwnedBy(actor)).orElse(false);
    }

    private String write(ConversationState state) {
        return json.writeValueAsString(state);
    }

    private String freeJoinCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = JoinCodes.next();
            if (rooms.findByJoinCodeAndStatus(code, RoomStatus.OPEN).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 attempts");
    }
}
