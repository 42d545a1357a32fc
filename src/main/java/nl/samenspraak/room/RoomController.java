package nl.samenspraak.room;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenspraak.access.Facilitators;
import nl.samenspraak.access.RateLimits;
import nl.samenspraak.access.Tokens;
import nl.samenspraak.room.RoomViews.AddBody;
import nl.samenspraak.room.RoomViews.JoinBody;
import nl.samenspraak.room.RoomViews.Joined;
import nl.samenspraak.room.RoomViews.OpenBody;
import nl.samenspraak.room.RoomViews.Opened;
import nl.samenspraak.room.RoomViews.RoomView;
import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;

/** Opening and joining rooms, and a room's whole current state (for reloads and reconnects). */
@RestController
@Tag(name = "Rooms", description = "Live group sessions; real time goes over STOMP at /ws")
class RoomController {

    private final RoomService rooms;
    private final RoomBroadcaster broadcaster;
    private final Facilitators facilitators;
    private final RateLimits limits;

    RoomController(RoomService rooms, RoomBroadcaster broadcaster, Facilitators facilitators, RateLimits limits) {
        this.rooms = rooms;
        this.broadcaster = broadcaster;
        this.facilitators = facilitators;
        this.limits = limits;
    }

    @PostMapping("/api/collaborations/{id}/rooms")
    @Operation(summary = "Open a room for a collaboration and a dialogue (facilitator)")
    ResponseEntity<Opened> open(@PathVariable String id, @RequestBody OpenBody body) {
        Room room = rooms.open(id, body.dialogueId(), body.language(), body.roundId());
        return ResponseEntity.created(URI.create("/api/rooms/" + room.id()))
                .body(new Opened(room.id(), room.joinCode(), joinUrl(room.joinCode())));
    }

    @GetMapping("/api/collaborations/{id}/rooms")
    @Operation(summary = "The rooms of a collaboration, newest last (facilitator)")
    List<RoomView> list(@PathVariable String id) {
        return rooms.ofCollaboration(id);
    }

    @PostMapping("/api/rooms/join")
    @Operation(summary = "Join a room with its code (and a name), or with an invitation")
    Joined join(@RequestBody JoinBody body, HttpServletRequest request) {
        limits.consume(limits.joins(), request.getRemoteAddr(), "too many attempts to join");
        if (body.joinCode() == null) {
            throw ApiException.invalid("joinCode", "joinCode is required");
        }
        Joined joined = rooms.join(body.joinCode(), body.name(), body.organisation(), body.invitation());
        broadcaster.publish(joined.roomId());
        return joined;
    }

    @GetMapping("/api/rooms/{id}")
    @Operation(summary = "The room's whole current state, as the caller may see it")
    RoomView get(@PathVariable String id, HttpServletRequest request) {
        return rooms.view(id, actor(request));
    }

    @PostMapping("/api/rooms/{id}/participants")
    @Operation(summary = "Add a partner without a device; the facilitator answers for them")
    ResponseEntity<Joined> add(@PathVariable String id, @RequestBody AddBody body, HttpServletRequest request) {
        Joined joined = rooms.addParticipant(id, actor(request), body.name(), body.organisation());
        broadcaster.publish(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Joined(joined.roomId(), joined.participantId(), null));
    }

    @GetMapping(value = "/api/rooms/{id}/qr.svg", produces = "image/svg+xml")
    @Operation(summary = "A QR code of the join link, for the shared screen")
    ResponseEntity<String> qr(@PathVariable String id, HttpServletRequest request) {
        RoomView room = rooms.view(id, actor(request));
        if (room.joinCode() == null) {
            throw ApiException.notFound("the room is closed");
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCode.svg(joinUrl(room.joinCode())));
    }

    /** A participant by bearer token, or else the logged-in facilitator. */
    private RoomActor actor(HttpServletRequest request) {
        return Tokens.bearer(request.getHeader(HttpHeaders.AUTHORIZATION))
                .map(token -> rooms.participantFor(token).orElseThrow(() -> ApiException.notFound("no room for this token")))
                .orElseGet(() -> RoomActor.facilitator(facilitators.current().username()));
    }

    private static String joinUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join.html").fragment("code=" + code).toUriString();
    }
}
