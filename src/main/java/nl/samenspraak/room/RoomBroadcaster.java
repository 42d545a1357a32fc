package nl.samenspraak.room;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a room's new state after every change: the public view to {@code /topic/rooms/{id}} and the
 * facilitator's view, with the answers as they arrive, to {@code /topic/rooms/{id}/facilitator} (which only
 * the owner may subscribe to). A topic of its own rather than a user queue: one facilitator may have a session
 * in many rooms, and a user destination is resolved against all of them on every send.
 */
@Component
class RoomBroadcaster {

    private final SimpMessagingTemplate messaging;
    private final LiveRooms live;
    private final RoomViewer views;

    RoomBroadcaster(SimpMessagingTemplate messaging, LiveRooms live, RoomViewer views) {
        this.messaging = messaging;
        this.live = live;
        this.views = views;
    }

    /**
     * Views are made and handed to the broker in the room's turn, so that they leave in the order the room
     * changed: a view made just before a "next" can never arrive after the view of the new step.
     */
    void publish(String roomId) {
        live.inTurn(roomId, room -> {
            messaging.convertAndSend(RoomDestinations.everyone(roomId), views.forEveryone(room));
            messaging.convertAndSend(RoomDestinations.facilitator(roomId), views.forFacilitator(room));
        });
    }
}
