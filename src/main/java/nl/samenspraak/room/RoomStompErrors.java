package nl.samenspraak.room;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/** ERROR frames carry the reason a frame was refused, not the name of an internal channel. */
class RoomStompErrors extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        return super.handleClientMessageProcessingError(clientMessage, cause);
    }

    @Override
    protected Message<byte[]> handleInternal(StompHeaderAccessor errorHeaderAccessor, byte[] errorPayload,
                                             Throwable cause, StompHeaderAccessor clientHeaderAccessor) {
        String reason = cause == null ? "refused" : cause.getMessage();
        errorHeaderAccessor.setMessage(reason);
        return super.handleInternal(errorHeaderAccessor, reason.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                cause, clientHeaderAccessor);
    }
}
