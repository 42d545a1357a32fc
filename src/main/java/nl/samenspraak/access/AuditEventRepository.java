package nl.samenspraak.access;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    List<AuditEvent> findTop500ByActorOrderByIdDesc(String actor);
}
