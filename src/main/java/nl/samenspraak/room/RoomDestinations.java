package nl.samenspraak.room;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a room's views are published, and which room a destination belongs to. */
final class RoomDestinations {

    private static final Pattern EVERYONE = Pattern.compile("/topic/rooms/([^/]+)");
    private static final Pattern FACILITATOR = Pattern.compile("/topic/rooms/([^/]+)/facilitator");

    private RoomDestinations() {
    }

    static String everyone(String roomId) {
        return "/topic/rooms/" + roomId;
    }

    static String facilitator(String roomId) {
        return everyone(roomId) + "/facilitator";
    }

    /** The room whose public topic this is. */
    static Optional<String> everyoneOf(String destination) {
        return room(EVERYONE, destination);
    }

    /** The room whose facilitator topic this is. */
    static Optional<String> facilitatorOf(String destination) {
        return room(FACILITATOR, destination);
    }

    private static Optional<String> room(Pattern pattern, String destination) {
        Matcher matcher = pattern.matcher(destination == null ? "" : destination);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
