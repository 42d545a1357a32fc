package nl.samenspraak.collaboration;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface RoundRepository extends ListCrudRepository<Round, String> {

    List<Round> findByCollaborationIdOrderByDialogueIdAscNumberAsc(String collaborationId);

    List<Round> findByCollaborationIdAndDialogueIdOrderByNumber(String collaborationId, String dialogueId);

    Optional<Round> findFirstByCollaborationIdAndDialogueIdOrderByNumberDesc(String collaborationId, String dialogueId);

    Optional<Round> findByCollaborationIdAndDialogueIdAndNumber(String collaborationId, String dialogueId, int number);
}
