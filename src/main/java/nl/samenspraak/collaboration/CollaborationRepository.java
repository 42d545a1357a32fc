package nl.samenspraak.collaboration;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface CollaborationRepository extends ListCrudRepository<Collaboration, String> {

    List<Collaboration> findByOwnerIdOrderByCreatedAt(String ownerId);
}
