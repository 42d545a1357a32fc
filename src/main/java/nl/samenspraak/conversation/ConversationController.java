package nl.samenspraak.conversation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.access.Tokens;
import nl.samenspraak.conversation.ConversationRequests.AnswerBody;
import nl.samenspraak.conversation.ConversationRequests.BackBody;
import nl.samenspraak.conversation.ConversationRequests.ConversationBody;
import nl.samenspraak.conversation.ConversationRequests.StartBody;
import nl.samenspraak.conversation.ConversationRequests.Started;
import nl.samenspraak.conversation.ConversationRequests.StepBody;
import nl.samenspraak.conversation.ConversationRequests.VisibilityBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The solo conversation API: start, read, answer, go back, change visibility, download the transcript. */
@RestController
@RequestMapping("/api/conversations")
@Tag(name = "Conversations", description = "A partner's solo run of a dialogue; all but start need 'Authorization: Bearer <token>'")
class ConversationController {

    private final ConversationService service;
    private final TokenGuard guard;
    private final JsonMapper json;

    ConversationController(ConversationService service, TokenGuard guard, JsonMapper json) {
        this.service = service;
        this.guard = guard;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Start a conversation; the token in the answer is shown only once")
    ResponseEntity<Started> start(@RequestBody StartBody body, HttpServletRequest request) {
        Started started = body.invitation() == null ? service.start(body)
                : guard.guard(request, body.invitation(), () -> service.start(body));
        return ResponseEntity.created(URI.create("/api/conversations/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The conversation: its current step and the answers on the way so far")
    ConversationBody get(@PathVariable String id, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                         HttpServletRequest request) {
        String token = Tokens.requireBearer(authorization);
        return guard.guard(request, token, () -> service.view(id, token));
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer the current step; 422 names the field when the answer does not fit")
    StepBody answer(@PathVariable String id, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                    @RequestBody AnswerBody body, HttpServletRequest request) {
        Object value = body.value() == null || body.value().isNull() ? null : json.treeToValue(body.value(), Object.class);
        String token = Tokens.requireBearer(authorization);
        return guard.guard(request, token, () -> new StepBody(service.answer(id, token, body.nodeId(), value, body.visibility())));
    }

    @PostMapping("/{id}/back")
    @Operation(summary = "Go one step back, or to the earlier step named by nodeId")
    StepBody back(@PathVariable String id, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                  @RequestBody(required = false) BackBody body, HttpServletRequest request) {
        String token = Tokens.requireBearer(authorization);
        return guard.guard(request, token, () -> new StepBody(service.back(id, token, body == null ? null : body.nodeId())));
    }

    @PostMapping("/{id}/visibility")
    @Operation(summary = "Make an earlier answer private or shared")
    StepBody visibility(@PathVariable String id, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                        @RequestBody VisibilityBody body, HttpServletRequest request) {
        String token = Tokens.requireBearer(authorization);
        return guard.guard(request, token, () ->
                new StepBody(service.changeVisibility(id, token, body.nodeId(), body.visibility())));
    }

    @GetMapping(value = "/{id}/transcript.md", produces = "text/markdown;charset=UTF-8")
    @Operation(summary = "The participant's own transcript, in Markdown")
    ResponseEntity<byte[]> transcript(@PathVariable String id, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                      HttpServletRequest request) {
        String token = Tokens.requireBearer(authorization);
        byte[] markdown = guard.guard(request, token, () -> service.transcript(id, token)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samenspraak-" + id + ".md\"")
                .body(markdown);
    }
}
