package nl.samenspraak.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationBody;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationDetail;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationSummary;
import nl.samenspraak.collaboration.CollaborationViews.Created;
import nl.samenspraak.collaboration.CollaborationViews.Export;
import nl.samenspraak.collaboration.CollaborationViews.InvitationBody;
import nl.samenspraak.collaboration.CollaborationViews.InvitationLink;
import nl.samenspraak.collaboration.CollaborationViews.PartnerAnswers;
import nl.samenspraak.collaboration.CollaborationViews.RoundBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A facilitator's collaborations, their invitations, the partners' shared answers and the full export. */
@RestController
@RequestMapping("/api/collaborations")
@Tag(name = "Collaborations", description = "Needs a facilitator login; only one's own collaborations are visible")
class CollaborationController {

    private final CollaborationService service;

    CollaborationController(CollaborationService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Create a collaboration")
    ResponseEntity<Created> create(@RequestBody CollaborationBody body) {
        String id = service.create(body);
        return ResponseEntity.created(URI.create("/api/collaborations/" + id)).body(new Created(id));
    }

    @GetMapping
    @Operation(summary = "The logged-in facilitator's collaborations")
    List<CollaborationSummary> list() {
        return service.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A collaboration with each invitation's state")
    CollaborationDetail get(@PathVariable String id) {
        return service.detail(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or describe a collaboration")
    CollaborationDetail update(@PathVariable String id, @RequestBody CollaborationBody body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Erase a collaboration and everything of it (the right to be forgotten)")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/export.json")
    @Operation(summary = "All data of a collaboration (the right of access); private answers are never included")
    ResponseEntity<Export> export(@PathVariable String id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"collaboration-" + id + ".json\"")
                .body(service.export(id));
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "Invite a partner; the link in the answer is shown only once")
    ResponseEntity<InvitationLink> invite(@PathVariable String id, @RequestBody InvitationBody body) {
        InvitationLink link = link(service.invite(id, body));
        return ResponseEntity.created(URI.create("/api/collaborations/" + id + "/invitations/" + link.id())).body(link);
    }

    @PostMapping("/{id}/rounds")
    @Operation(summary = "Open the next round of a dialogue: numbered 1, 2, … per dialogue, with a label and the date")
    ResponseEntity<Created> openRound(@PathVariable String id, @RequestBody RoundBody body) {
        Rounds.RoundView round = service.openRound(id, body);
        return ResponseEntity.created(URI.create("/api/collaborations/" + id + "/rounds/" + round.id()))
                .body(new Created(round.id()));
    }

    @GetMapping("/{id}/rounds")
    @Operation(summary = "The collaboration's rounds, per dialogue in order (of one dialogue with ?dialogue=…)")
    List<Rounds.RoundView> rounds(@PathVariable String id, @RequestParam(required = false) String dialogue) {
        return service.rounds(id, dialogue);
    }

    @PostMapping("/{id}/invitations/{invitationId}/revoke")
    @Operation(summary = "Withdraw an invitation: its link stops working")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String invitationId) {
        service.revoke(id, invitationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/invitations/{invitationId}/link")
    @Operation(summary = "A new link for an invitation; the old one stops working, the answers stay")
    InvitationLink newLink(@PathVariable String id, @PathVariable String invitationId) {
        return link(service.newLink(id, invitationId));
    }

    @GetMapping(value = "/{id}/invitations/{invitationId}/transcript.md", produces = "text/markdown;charset=UTF-8")
    @Operation(summary = "A partner's transcript as the facilitator may read it: shared answers only")
    ResponseEntity<byte[]> transcript(@PathVariable String id, @PathVariable String invitationId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-" + invitationId + ".md\"")
                .body(service.transcript(id, invitationId).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/answers")
    @Operation(summary = "Each partner's shared answers (private answers are never shown)")
    List<PartnerAnswers> answers(@PathVariable String id) {
        return service.sharedAnswers(id);
    }

    private static InvitationLink link(CollaborationService.InvitationLinkToken created) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/chat.html")
                .fragment("invitation=" + created.token()).toUriString();
        return new InvitationLink(created.id(), created.token(), url);
    }
}
