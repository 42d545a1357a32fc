package nl.samenspraak.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import nl.samenspraak.web.ApiException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per purpose and key (an address, a username, a token), kept in memory and forgotten when
 * idle. A refusal is a 429 that says when to try again.
 */
@Component
public class RateLimits {

    /** What is limited, how many times, within which period. */
    public record Limit(String purpose, int times, Duration per) {
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(1, TimeUnit.HOURS).maximumSize(100_000).build();
    private final AccessProperties properties;

    RateLimits(AccessProperties properties) {
        this.properties = properties;
    }

    /** Requests with a wrong participant or invitation token, per address. */
    public Limit badTokens() {
        return new Limit("bad-token", properties.badTokensPerAddress(), Duration.ofMinutes(5));
    }

    /** Requests with one participant token. */
    public Limit tokenUse() {
        return new Limit("token-use", properties.requestsPerTokenPerMinute(), Duration.ofMinutes(1));
    }

    /** Attempts to join a room, per address. */
    public Limit joins() {
        return new Limit("join", properties.joinsPerAddress(), Duration.ofMinutes(5));
    }

    /** Messages one participant sends in a room. */
    public Limit roomMessages() {
        return new Limit("room-message", properties.roomMessagesPerMinute(), Duration.ofMinutes(1));
    }

    /** Invitations one facilitator creates. */
    public Limit invitations() {
        return new Limit("invitations", properties.invitationsPerHour(), Duration.ofHours(1));
    }

    /** Takes one from the bucket, or throws 429 when it is empty. */
    public void consume(Limit limit, String key, String message) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw ApiException.tooManyRequests(message, seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** Throws 429 when the bucket is empty, without taking from it (for limits that count only failures). */
    public void check(Limit limit, String key, String message) {
        Bucket bucket = buckets.getIfPresent(limit.purpose() + ":" + key);
        if (bucket == null) {
            return;
        }
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        if (!estimate.canBeConsumed()) {
            throw ApiException.tooManyRequests(message, seconds(estimate.getNanosToWaitForRefill()));
        }
    }

    /** Counts one failure against the key. */
    public void fail(Limit limit, String key) {
        bucket(limit, key).tryConsume(1);
    }

    private Bucket bucket(Limit limit, String key) {
        return buckets.get(limit.purpose() + ":" + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.times()).refillGreedy(limit.times(), limit.per()).build())
                .build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
    }
}
