package nl.samenspraak.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

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

    /** Records an action of the logged-in facilitator; the target names ids, never answers. */
    public void record(String action, String target) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "system" : auth.getName();
        repository.save(new AuditEvent(null, clock.instant(), actor, action, target));
    }

    public List<AuditEvent> of(String actor) {
        return repository.findTop500ByActorOrderByIdDesc(actor);
    }
}
