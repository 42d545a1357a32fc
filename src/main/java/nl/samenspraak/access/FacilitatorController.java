package nl.samenspraak.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The logged-in facilitator, the other facilitators, and one's own audit trail. */
@RestController
@Tag(name = "Facilitators", description = "Needs a facilitator login (session or HTTP Basic)")
class FacilitatorController {

    record FacilitatorView(String username, String displayName, Instant createdAt, String createdBy) {
        static FacilitatorView of(Facilitator f) {
            return new FacilitatorView(f.username(), f.displayName(), f.createdAt(), f.createdBy());
        }
    }

    record NewFacilitator(String username, String displayName, String password) {
    }

    private final Facilitators facilitators;
    private final AuditLog audit;

    FacilitatorController(Facilitators facilitators, AuditLog audit) {
        this.facilitators = facilitators;
        this.audit = audit;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who is logged in")
    FacilitatorView me() {
        return FacilitatorView.of(facilitators.current());
    }

    @GetMapping("/api/facilitators")
    @Operation(summary = "Every facilitator account")
    List<FacilitatorView> all() {
        return facilitators.all().stream().map(FacilitatorView::of).toList();
    }

    @PostMapping("/api/facilitators")
    @Operation(summary = "Add a facilitator (password of at least 12 characters)")
    ResponseEntity<FacilitatorView> add(@RequestBody NewFacilitator body) {
        Facilitator created = facilitators.create(body.username(), body.displayName(), body.password(),
                facilitators.current().username());
        audit.record("facilitator.create", "facilitator " + created.username());
        return ResponseEntity.created(URI.create("/api/facilitators/" + created.username())).body(FacilitatorView.of(created));
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The logged-in facilitator's own actions, newest first")
    List<AuditEvent> audit() {
        return audit.of(facilitators.current().username());
    }
}
