package nl.samenspraak.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** One facilitator action: who did what to which target, when. */
@Table("audit_event")
public record AuditEvent(@Id Long id, Instant at, String actor, String action, String target) {
}
