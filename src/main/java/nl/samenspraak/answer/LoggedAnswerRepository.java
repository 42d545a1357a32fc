package nl.samenspraak.answer;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface LoggedAnswerRepository extends ListCrudRepository<LoggedAnswer, Long> {

    @Query("select coalesce(max(revision), 0) from answer where conversation_id = :conversationId and step_id = :stepId")
    int latestRevision(String conversationId, String stepId);

    List<LoggedAnswer> findByConversationIdOrderById(String conversationId);

    List<LoggedAnswer> findByRoomIdOrderById(String roomId);
}
