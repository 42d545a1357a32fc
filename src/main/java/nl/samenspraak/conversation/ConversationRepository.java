package nl.samenspraak.conversation;

import org.springframework.data.repository.ListCrudRepository;

interface ConversationRepository extends ListCrudRepository<Conversation, String> {
}
