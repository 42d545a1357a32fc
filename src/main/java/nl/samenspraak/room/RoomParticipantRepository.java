package nl.samenspraak.room;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface RoomParticipantRepository extends ListCrudRepository<RoomParticipant, String> {

    Optional<RoomParticipant> findByTokenHash(String tokenHash);

    List<RoomParticipant> findByRoomIdOrderByJoinedAt(String roomId);
}
