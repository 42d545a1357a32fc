package nl.samenspraak.room;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a room's new state after every change: the public view to {@code /topic/rooms/{id}} and the
 * facilitator's view, with the answers as they arrive, to the owner's own queue.
 */
@Component
class RoomBroadcaster {

    private final SimpMessagingTemplate messaging;
    private final RoomService rooms;

    RoomBroadcaster(SimpMessagingTemplate messaging, RoomService rooms) {
        this.messaging = messaging;
        this.rooms = rooms;
    }

    void publish(String roomId) {
        messaging.convertAndSend("/topic/rooms/" + roomId, rooms.publicView(roomId));
        messaging.convertAndSendToUser(RoomActor.facilitator(rooms.ownerOf(roomId)).getName(),
                "/queue/rooms/" + roomId, rooms.facilitatorView(roomId));
    }
}
