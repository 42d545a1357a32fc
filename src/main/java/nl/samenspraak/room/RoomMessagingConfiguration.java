package nl.samenspraak.room;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * STOMP over plain WebSocket at {@code /ws}, with Spring's simple broker: rooms publish on
 * {@code /topic/rooms/{id}}, clients send to {@code /app/rooms/{id}/...}, and errors and the facilitator's
 * live view go to one user's queue. Every inbound frame passes {@link RoomStompAuthorization}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class RoomMessagingConfiguration implements WebSocketMessageBrokerConfigurer {

    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    private final RoomStompAuthorization authorization;
    private final JsonMapper json;

    RoomMessagingConfiguration(RoomStompAuthorization authorization, JsonMapper json) {
        this.authorization = authorization;
        this.json = json;
    }

    /**
     * Room views leave as pure ASCII JSON (other characters escaped as backslash-u sequences). Dialogue texts hold
     * typographic quotes and accents, which made every frame a UTF-16 string that the WebSocket layers on both
     * ends encode and decode character by character; ASCII takes their fast path. Browsers read the escapes
     * like any JSON. First in the list, so that it is the one used for objects.
     */
    @Override
    public boolean configureMessageConverters(List<MessageConverter> converters) {
        converters.add(0, new JacksonJsonMessageConverter(json.rebuild().enable(JsonWriteFeature.ESCAPE_NON_ASCII)));
        return true;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
        registry.setErrorHandler(new RoomStompErrors());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        registry.enableSimpleBroker("/topic", "/queue").setHeartbeatValue(new long[] {10_000, 10_000})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(authorization);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(MAX_MESSAGE_BYTES).setSendTimeLimit(10_000).setSendBufferSizeLimit(512 * 1024);
    }
}
