package nl.samenspraak.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.web.UiMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A collaboration's summary per dialogue, the facilitator's review of it, and its exports. */
@RestController
@Tag(name = "Summaries", description = "Facilitator only; built from shared answers, never private ones")
class SummaryController {

    record ReviewBody(String ambition, List<String> agreedThemes) {
    }

    private final SummaryService service;
    private final UiMessages messages;

    SummaryController(SummaryService service, UiMessages messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/api/collaborations/{id}/summary")
    @Operation(summary = "The summary of one dialogue: themes with their quotes, matches, paradoxes, ambition")
    Summary summary(@PathVariable String id, @RequestParam(required = false) String dialogue,
                    @RequestParam(defaultValue = "nl") String lang, @RequestParam(required = false) Integer round) {
        return service.summary(id, dialogue, lang, round);
    }

    @GetMapping("/api/collaborations/{id}/comparison")
    @Operation(summary = "Two rounds of one dialogue compared: scales, scan factors, themes, matches, partners")
    RoundComparison.Comparison comparison(@PathVariable String id, @RequestParam(required = false) String dialogue,
                                          @RequestParam(defaultValue = "nl") String lang,
                                          @RequestParam(required = false) Integer from,
                                          @RequestParam(required = false) Integer to) {
        return service.comparison(id, dialogue, lang, from, to);
    }

    @PutMapping("/api/collaborations/{id}/summary/review")
    @Operation(summary = "Store the facilitator's ambition text and the themes marked as agreed")
    Summary review(@PathVariable String id, @RequestParam(required = false) String dialogue,
                   @RequestParam(defaultValue = "nl") String lang, @RequestParam(required = false) Integer round,
                   @RequestBody ReviewBody body) {
        service.review(id, dialogue, lang, round, body.ambition(), body.agreedThemes());
        return service.summary(id, dialogue, lang, round);
    }

    @GetMapping(value = "/api/collaborations/{id}/summary.md", produces = "text/markdown;charset=UTF-8")
    @Operation(summary = "The summary as Markdown; with compare=N compared with round N")
    ResponseEntity<byte[]> markdown(@PathVariable String id, @RequestParam(required = false) String dialogue,
                                    @RequestParam(defaultValue = "nl") String lang,
                                    @RequestParam(required = false) Integer round,
                                    @RequestParam(required = false) Integer compare) {
        byte[] body = MarkdownExport.of(document(id, dialogue, lang, round, compare)).getBytes(StandardCharsets.UTF_8);
        return download(body, new MediaType("text", "markdown", StandardCharsets.UTF_8), "summary-" + dialogue + ".md");
    }

    @GetMapping(value = "/api/collaborations/{id}/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The summary as PDF, with charts; with compare=N compared with round N")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String dialogue,
                               @RequestParam(defaultValue = "nl") String lang,
                               @RequestParam(required = false) Integer round,
                               @RequestParam(required = false) Integer compare) {
        return download(PdfExport.of(document(id, dialogue, lang, round, compare)), MediaType.APPLICATION_PDF,
                "summary-" + dialogue + ".pdf");
    }

    @GetMapping(value = "/api/collaborations/{id}/answers.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "Every shared answer as CSV (UTF-8 with BOM, semicolons) for Excel")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(defaultValue = "nl") String lang) {
        byte[] body = CsvExport.of(service.rows(id, lang), Labels.of(messages, lang)).getBytes(StandardCharsets.UTF_8);
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "answers-" + id + ".csv");
    }

    /**
     * The export of round {@code round} (the latest when null); with {@code compare}, that round compared with
     * round {@code compare} after it.
     */
    private ExportDocument document(String id, String dialogue, String lang, Integer round, Integer compare) {
        Summary summary = service.summary(id, dialogue, lang, round);
        Labels labels = Labels.of(messages, lang);
        ExportDocument document = SummaryDocument.of(summary, service.title(dialogue, lang, labels), labels);
        return compare == null ? document
                : ComparisonDocument.append(document, service.comparison(id, dialogue, lang, compare, round), labels);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
