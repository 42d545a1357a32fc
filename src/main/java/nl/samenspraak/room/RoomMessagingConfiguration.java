package nl.samenspraak.room;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

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

    RoomMessagingConfiguration(RoomStompAuthorization authorization) {
        this.authorization = authorization;
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
