package nl.samenspraak.room;

import nl.samenspraak.dialogue.AnswerRejectedException;
import nl.samenspraak.room.RoomViews.AnswerMessage;
import nl.samenspraak.room.RoomViews.ControlMessage;
import nl.samenspraak.web.ApiError;
import nl.samenspraak.web.ApiException;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;


import java.security.Principal;

/**
 * The room's STOMP messages: answers from participants (or from the facilitator on their behalf) and the
 * facilitator's controls; every change is broadcast (answers once stored, by {@link RoomAnswerWriter}), every
 * refusal goes to the sender's error queue.
 */
@Controller
class RoomMessages {

    private final RoomService rooms;
    private final RoomBroadcaster broadcaster;
    private final RoomPresence presence;

    RoomMessages(RoomService rooms, RoomBroadcaster broadcaster, RoomPresence presence) {
        this.rooms = rooms;
        this.broadcaster = broadcaster;
        this.presence = presence;
    }

    @MessageMapping("/rooms/{roomId}/answers")
    void answer(@DestinationVariable String roomId, @Payload AnswerMessage message, Principal user) {
        rooms.answer(roomId, (RoomActor) user, message.nodeId(), message.value(), message.participantId());
    }

    @MessageMapping("/rooms/{roomId}/control")
    void control(@DestinationVariable String roomId, @Payload ControlMessage message, Principal user) {
        rooms.control(roomId, (RoomActor) user, message.action(), message.revealNames(), message.value());
        broadcaster.publish(roomId);
    }

    @MessageExceptionHandler(ApiException.class)
    @SendToUser(value = "/queue/errors", broadcast = false)
    ApiError refused(ApiException e) {
        return e.body();
    }

    @MessageExceptionHandler(AnswerRejectedException.class)
    @SendToUser(value = "/queue/errors", broadcast = false)
    ApiError rejected(AnswerRejectedException e) {
        return new ApiError("invalid_answer", e.field(), e.getMessage());
    }

    @MessageExceptionHandler
    @SendToUser(value = "/queue/errors", broadcast = false)
    ApiError conflict(org.springframework.dao.OptimisticLockingFailureException e) {
        return new ApiError("conflict", "action", "the room changed at the same moment (another window?); look again and retry");
    }

    @MessageExceptionHandler
    @SendToUser(value = "/queue/errors", broadcast = false)
    ApiError unreadable(org.springframework.messaging.converter.MessageConversionException e) {
        return new ApiError("bad_request", null, "the message is not the expected JSON: {nodeId, value} or {action}");
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        if (event.getUser() instanceof RoomActor actor && !actor.facilitator()
                && presence.connected(actor.roomId(), actor.id())) {
            broadcaster.publish(actor.roomId());
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        if (event.getUser() instanceof RoomActor actor && !actor.facilitator()
                && presence.disconnected(actor.roomId(), actor.id())) {
            broadcaster.publish(actor.roomId());
        }
    }
}
