package nl.samenspraak.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.List;

/** Records what facilitators do (create, invite, export, delete, ...), with who and when. */
@Component
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records an action of the logged-in facilitator; the target names ids, never answers. The row is written in
     * the caller's transaction, so that an action and its record commit or roll back together; that transaction
     * must therefore be read-write, also for an action that only reads (an export). PostgreSQL refuses a write in
     * a read-only transaction while H2 takes it, so this refuses it on both, and the tests on H2 see it.
     */
    public void record(String action, String target) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("'" + action + "' is recorded in a read-only transaction");
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "system" : auth.getName();
        repository.save(new AuditEvent(null, clock.instant(), actor, action, target));
    }

    public List<AuditEvent> of(String actor) {
        return repository.findTop500ByActorOrderByIdDesc(actor);
    }
}
