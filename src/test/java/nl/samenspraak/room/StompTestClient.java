package nl.samenspraak.room;

import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One STOMP user in a test: connects with an Authorization header, collects what arrives per destination. */
final class StompTestClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    private final Map<String, BlockingQueue<JsonNode>> received = new ConcurrentHashMap<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private StompSession session;

    StompTestClient() {
        client.setMessageConverter(new JacksonJsonMessageConverter());
    }

    StompTestClient connect(int port, String authorization) throws Exception {
        StompHeaders connect = new StompHeaders();
        if (authorization != null) {
            connect.add("Authorization", authorization);
        }
        session = client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), connect,
                new StompSessionHandlerAdapter() {
                    @Override
                    public Type getPayloadType(StompHeaders headers) {
                        return byte[].class;
                    }

                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        errors.add(headers.getFirst("message") + " | " + new String((byte[]) payload, StandardCharsets.UTF_8));
                    }

                    @Override
                    public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                                                Throwable exception) {
                        errors.add(String.valueOf(exception));
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        errors.add("transport: " + exception);
                    }
                }).get(10, TimeUnit.SECONDS);
        return this;
    }

    void subscribe(String destination) {
        BlockingQueue<JsonNode> queue = received.computeIfAbsent(destination, d -> new LinkedBlockingQueue<>());
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                queue.add(JSON.readTree((byte[]) payload));
            }
        });
    }

    /** Subscribes to each destination and waits until the broker has registered them, before messages flow. */
    StompTestClient subscribedTo(String... destinations) throws InterruptedException {
        for (String destination : destinations) {
            subscribe(destination);
        }
        Thread.sleep(200); // SUBSCRIBE is asynchronous: no receipt is asked for, so give the broker a moment
        return this;
    }

    void send(String destination, Object body) {
        session.send(destination, body);
    }

    /** The first message on the destination that matches, waiting at most the given time; fails otherwise. */
    JsonNode await(String destination, Predicate<JsonNode> matching, Duration timeout) throws InterruptedException {
        BlockingQueue<JsonNode> queue = received.computeIfAbsent(destination, d -> new LinkedBlockingQueue<>());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message != null && matching.test(message)) {
                return message;
            }
        }
        throw new AssertionError("nothing matching arrived on " + destination + " within " + timeout
                + (errors.isEmpty() ? "" : "; errors: " + errors));
    }

    String awaitError(Duration timeout) throws InterruptedException {
        String error = errors.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (error == null) {
            throw new AssertionError("no ERROR frame within " + timeout);
        }
        return error;
    }

    boolean isConnected() {
        return session != null && session.isConnected();
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (MessageDeliveryException closedMeanwhile) {
                // The server closed the session between the check and the DISCONNECT: it does so after an ERROR
                // frame, which several tests provoke. There is nothing left to close then.
            }
        }
        client.stop();
    }
}
