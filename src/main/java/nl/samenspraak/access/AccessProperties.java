package nl.samenspraak.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code samenspraak.access.*}: the request size limit and the rate limits. */
@ConfigurationProperties("samenspraak.access")
record AccessProperties(
        @DefaultValue("64KB") DataSize maxRequestSize,
        @DefaultValue("5") int loginFailuresPerUser,
        @DefaultValue("20") int loginFailuresPerAddress,
        @DefaultValue("300") int loginWindowSeconds,
        @DefaultValue("20") int badTokensPerAddress,
        @DefaultValue("600") int requestsPerTokenPerMinute,
        @DefaultValue("120") int invitationsPerHour,
        @DefaultValue("60") int joinsPerAddress,
        @DefaultValue("120") int roomMessagesPerMinute) {
}
