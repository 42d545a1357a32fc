package nl.samenspraak.conversation;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface ConversationRepository extends ListCrudRepository<Conversation, String> {

    Optional<Conversation> findByInvitationId(String invitationId);

    List<Conversation> findByCollaborationIdOrderByCreatedAt(String collaborationId);
}
