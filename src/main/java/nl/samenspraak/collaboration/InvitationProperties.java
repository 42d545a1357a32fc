package nl.samenspraak.collaboration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** {@code samenspraak.invitations.valid-for}: how long an invitation link works (default 30 days). */
@ConfigurationProperties("samenspraak.invitations")
record InvitationProperties(@DefaultValue("30d") Duration validFor) {
}
