package nl.samenspraak.room;

import nl.samenspraak.access.Facilitators;
import nl.samenspraak.access.RateLimits;
import nl.samenspraak.access.Tokens;
import nl.samenspraak.web.ApiException;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authorises every STOMP frame. CONNECT carries {@code Authorization: Bearer <participant token>} or a
 * facilitator's {@code Basic} credentials (or comes over a logged-in browser session); SUBSCRIBE and SEND
 * reach only rooms the user belongs to, and only the owning facilitator controls a room. A refusal ends
 * in a STOMP ERROR frame that says why.
 */
@Component
class RoomStompAuthorization implements ChannelInterceptor {

    private static final Pattern ROOM_SEND = Pattern.compile("/app/rooms/([^/]+)/(answers|control)");
    private static final String OWN_ERRORS = "/user/queue/errors";

    private final RoomService rooms;
    private final Facilitators facilitators;
    private final RateLimits limits;

    RoomStompAuthorization(@Lazy RoomService rooms, @Lazy Facilitators facilitators, RateLimits limits) {
        this.rooms = rooms;
        this.facilitators = facilitators;
        this.limits = limits;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT -> stomp.setUser(authenticate(stomp));
            case SUBSCRIBE -> authoriseSubscription(actor(stomp), stomp.getDestination());
            case SEND -> authoriseSend(actor(stomp), stomp.getDestination());
            default -> { }
        }
        return message;
    }

    private RoomActor authenticate(StompHeaderAccessor stomp) {
        String authorization = stomp.getFirstNativeHeader("Authorization");
        Optional<String> bearer = Tokens.bearer(authorization);
        if (bearer.isPresent()) {
            return rooms.participantFor(bearer.get())
                    .orElseThrow(() -> refuse("CONNECT refused: the token does not belong to any room"));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = basic(authorization.substring(6).strip());
            if (credentials != null && facilitators.passwordMatches(credentials[0], credentials[1])) {
                return RoomActor.facilitator(credentials[0]);
            }
            throw refuse("CONNECT refused: wrong facilitator username or password");
        }
        Principal session = stomp.getUser();
        if (session instanceof Authentication auth && auth.isAuthenticated()) {
            return RoomActor.facilitator(auth.getName());
        }
        throw refuse("CONNECT needs the header 'Authorization: Bearer <token>' (participant) or a facilitator login");
    }

    private void authoriseSubscription(RoomActor actor, String destination) {
        boolean allowed = OWN_ERRORS.equals(destination)
                || RoomDestinations.everyoneOf(destination).map(room -> rooms.canSee(actor, room)).orElse(false)
                || RoomDestinations.facilitatorOf(destination).map(room -> rooms.controls(actor, room)).orElse(false);
        if (allowed) {
            return;
        }
        throw refuse("SUBSCRIBE refused: " + destination + " is not a room you belong to");
    }

    private void authoriseSend(RoomActor actor, String destination) {
        Matcher send = ROOM_SEND.matcher(destination == null ? "" : destination);
        if (!send.matches() || !rooms.canSee(actor, send.group(1))) {
            throw refuse("SEND refused: " + destination + " is not a room you belong to");
        }
        if (send.group(2).equals("control") && !actor.facilitator()) {
            throw refuse("SEND refused: only the facilitator controls the room");
        }
        try {
            limits.consume(limits.roomMessages(), actor.getName(), "too many messages");
        } catch (ApiException tooMany) {
            throw refuse("SEND refused: " + tooMany.getMessage());
        }
    }

    private static RoomActor actor(StompHeaderAccessor stomp) {
        if (stomp.getUser() instanceof RoomActor actor) {
            return actor;
        }
        throw refuse("not connected: send CONNECT with credentials first");
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static MessageDeliveryException refuse(String why) {
        return new MessageDeliveryException(why);
    }
}
