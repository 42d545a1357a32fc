package nl.samenspraak.collaboration;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface InvitationRepository extends ListCrudRepository<Invitation, String> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByCollaborationIdOrderByCreatedAt(String collaborationId);
}
