package nl.samenspraak.room;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface RoomRepository extends ListCrudRepository<Room, String> {

    Optional<Room> findByJoinCodeAndStatus(String joinCode, RoomStatus status);

    List<Room> findByCollaborationIdOrderByCreatedAt(String collaborationId);
}
