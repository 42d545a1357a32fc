package nl.samenspraak.room;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Who is connected to which room right now (counting sessions, since one person may have two tabs). */
@Component
class RoomPresence {

    private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();

    /** Returns whether this made the participant connected (their first session). */
    boolean connected(String roomId, String participantId) {
        return sessions.computeIfAbsent(roomId + "|" + participantId, k -> new AtomicInteger()).incrementAndGet() == 1;
    }

    /** Returns whether this made the participant disconnected (their last session ended). */
    boolean disconnected(String roomId, String participantId) {
        AtomicInteger count = sessions.get(roomId + "|" + participantId);
        return count != null && count.decrementAndGet() <= 0 && sessions.remove(roomId + "|" + participantId) != null;
    }

    boolean isConnected(String roomId, String participantId) {
        AtomicInteger count = sessions.get(roomId + "|" + participantId);
        return count != null && count.get() > 0;
    }
}
