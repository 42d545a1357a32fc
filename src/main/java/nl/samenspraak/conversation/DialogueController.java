package nl.samenspraak.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.LocalizedText;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The dialogues on offer, as a list to choose from and each as a whole. */
@RestController
@RequestMapping("/api/dialogues")
@Tag(name = "Dialogues")
class DialogueController {

    record DialogueSummary(String id, LocalizedText title, LocalizedText description, List<String> languages,
                           List<Mode> modes, int estimatedMinutes) {
    }

    private final DialogueCatalog catalog;

    DialogueController(DialogueCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Every dialogue on offer")
    List<DialogueSummary> list() {
        return catalog.all().stream().map(d -> new DialogueSummary(d.id(), d.title(), d.description(),
                d.languages(), d.modes(), d.estimatedMinutes())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dialogue as a whole: its sources and every node")
    Dialogue get(@PathVariable String id) {
        return catalog.find(id).orElseThrow(() -> ApiException.notFound("no dialogue '" + id + "'"));
    }
}
