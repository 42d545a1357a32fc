package nl.samenspraak.room;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.samenspraak.collaboration.CollaborationErased;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.VersionChange;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.UiMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The rooms in session, in memory. Every answer in a room used to read the room, its participants and its
 * owner from the database and walk the dialogue to its step, twice (public and facilitator view): under load
 * that was most of the server's work. Now a room is read once, its step is rendered once per change, and
 * answers and views read the snapshot.
 * <p>
 * The database stays the source of truth: a change is stored (and committed) under the room's lock before the
 * new snapshot becomes visible, and a room is read back from the database the first time it is needed after a
 * start. This holds because one server owns the (embedded) database.
 */
@Component
class LiveRooms {

    /** One room's lock and its current snapshot (null until first read). */
    private static final class Slot {
        volatile LiveRoom live;
    }

    private final RoomRepository rooms;
    private final RoomParticipantRepository participants;
    private final RoomAnswers answers;
    private final DialogueCatalog catalog;
    private final Collaborations collaborations;
    private final JsonMapper json;
    private final UiMessages messages;
    private final Clock clock;
    private final DialogueEngine engine = new DialogueEngine();
    /** Idle rooms leave memory after a while, their answers with them; both are read again when needed. */
    private final Cache<String, Slot> slots;

    LiveRooms(RoomRepository rooms, RoomParticipantRepository participants, RoomAnswers answers, DialogueCatalog catalog,
              Collaborations collaborations, JsonMapper json, UiMessages messages, Clock clock) {
        this.rooms = rooms;
        this.participants = participants;
        this.answers = answers;
        this.catalog = catalog;
        this.collaborations = collaborations;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
        this.slots = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(6))
                .<String, Slot>removalListener((roomId, slot, cause) -> answers.forget(roomId)).build();
    }

    /** The room as it is now; 404 when there is no such room. */
    LiveRoom get(String roomId) {
        return find(roomId).orElseThrow(() -> ApiException.notFound("no room " + roomId));
    }

    Optional<LiveRoom> find(String roomId) {
        Slot slot = slots.getIfPresent(roomId);
        if (slot == null) {
            // Only rooms that exist get a slot, so that unknown ids sent by anyone do not fill the memory.
            if (roomId == null || !rooms.existsById(roomId)) {
                return Optional.empty();
            }
            slot = slots.get(roomId, id -> new Slot());
        }
        LiveRoom live = slot.live;
        if (live != null) {
            return Optional.of(live);
        }
        synchronized (slot) {
            return Optional.ofNullable(loaded(slot, roomId));
        }
    }

    /**
     * Changes the room: one change at a time per room, each given the room as the previous one left it. The
     * change stores what it changes before it returns; the snapshot it returns is then what everyone sees.
     */
    LiveRoom change(String roomId, UnaryOperator<LiveRoom> change) {
        Slot slot = slots.get(roomId, id -> new Slot());
        synchronized (slot) {
            LiveRoom current = loaded(slot, roomId);
            if (current == null) {
                slots.invalidate(roomId);
                throw ApiException.notFound("no room " + roomId);
            }
            LiveRoom next = change.apply(current);
            slot.live = next;
            return next;
        }
    }

    /** Does something with the room as it is now, in turn with its changes; nothing when the room is gone. */
    void inTurn(String roomId, Consumer<LiveRoom> action) {
        Slot slot = slots.getIfPresent(roomId);
        if (slot == null) {
            find(roomId);
            slot = slots.getIfPresent(roomId);
        }
        if (slot != null) {
            synchronized (slot) {
                LiveRoom current = loaded(slot, roomId);
                if (current != null) {
                    action.accept(current);
                }
            }
        }
    }

    /** The room after a change of its stored row: its state read again and its step rendered anew. */
    LiveRoom moved(LiveRoom before, Room changed) {
        if (changed.state().equals(before.room().state())) {
            return before.moved(changed, before.state(), before.step());
        }
        ConversationState state = json.readValue(changed.state(), ConversationState.class);
        return before.moved(changed, state, engine.step(before.dialogue(), group(changed.language()), state));
    }

    /** The group as the engine's speaker: no one person's name, in the room's language. */
    static Speaker group(String language) {
        return new Speaker(new Participant("", ""), language, Mode.GROUP);
    }

    @TransactionalEventListener
    void erased(CollaborationErased event) {
        slots.asMap().forEach((id, slot) -> {
            LiveRoom live = slot.live;
            if (live != null && live.room().collaborationId().equals(event.collaborationId())) {
                slots.invalidate(id);
            }
        });
    }

    private LiveRoom loaded(Slot slot, String roomId) {
        if (slot.live == null) {
            slot.live = rooms.findById(roomId).map(this::read).orElse(null);
        }
        return slot.live;
    }

    /**
     * A stored room as it is now. When its dialogue's file changed since the room last moved, the room is brought
     * onto the new version (stored at once, so every server reads it so): it goes on where its nodes still exist,
     * and its step says so plainly until the facilitator moves on.
     */
    private LiveRoom read(Room room) {
        Dialogue dialogue = catalog.find(room.dialogueId()).orElseThrow(() -> new ApiException(HttpStatus.GONE, "gone",
                null, "the dialogue '" + room.dialogueId() + "' is no longer offered"));
        Speaker group = group(room.language());
        ConversationState state = json.readValue(room.state(), ConversationState.class);
        Room current = room;
        Step step;
        if (dialogue.version() == room.dialogueVersion()) {
            step = engine.step(dialogue, group, state);
        } else {
            VersionChange change = engine.onNewVersion(dialogue, group, state);
            state = change.state();
            current = rooms.save(room.onVersion(dialogue.version(), json.writeValueAsString(state), clock.instant()));
            step = change.noticed(engine.step(dialogue, group, state), kind -> messages.text(room.language(), "room.changed." + kind));
        }
        return new LiveRoom(current, state, dialogue, step, participants.findByRoomIdOrderByJoinedAt(room.id()),
                collaborations.ownerUsername(room.collaborationId()));
    }
}
