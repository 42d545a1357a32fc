package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueNotOfferedException;
import nl.samenspraak.dialogue.Mode;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogues this server offers, loaded and checked once at start-up: a file with a problem stops
 * start-up with every problem listed as {@code file:line: message}.
 */
@Component
public class DialogueCatalog {

    /** The names a JSON body gives the dialogue and its language. */
    public static final FieldNames BODY = new FieldNames("dialogueId", "language");

    private final Map<String, Dialogue> byId = new LinkedHashMap<>();

    DialogueCatalog(DialogueProperties properties) {
        new DialogueLoader().loadAll(DialogueFiles.read(properties.dir())).forEach(d -> byId.put(d.id(), d));
    }

    public Collection<Dialogue> all() {
        return byId.values();
    }

    public Optional<Dialogue> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** {@link #require(String, Mode, String, FieldNames)} for a JSON body: {@code dialogueId} and {@code language}. */
    public Dialogue require(String id, Mode mode, String language) {
        return require(id, mode, language, BODY);
    }

    /**
     * The dialogue a request asks for, when it is on offer for the mode and in the language asked; otherwise a
     * {@link DialogueNotOfferedException} that names the field at fault and what would fit. A null mode or
     * language is not checked (an invitation has no language yet; a summary covers both modes).
     */
    public Dialogue require(String id, Mode mode, String language, FieldNames fields) {
        if (id == null || id.isBlank()) {
            throw new DialogueNotOfferedException(fields.dialogue(), "required", fields.dialogue(), ids());
        }
        Dialogue dialogue = byId.get(id);
        if (dialogue == null) {
            throw new DialogueNotOfferedException(fields.dialogue(), "unknown", id, ids());
        }
        if (mode != null && !dialogue.modes().contains(mode)) {
            throw new DialogueNotOfferedException(fields.dialogue(), "not-" + mode.wireName(), id);
        }
        if (language != null && !dialogue.supportsLanguage(language)) {
            throw new DialogueNotOfferedException(fields.language(), "language", id, language,
                    String.join(", ", dialogue.languages()));
        }
        return dialogue;
    }

    private String ids() {
        return String.join(", ", List.copyOf(byId.keySet()));
    }

    /** Under which names a request carries the dialogue's id and its language, for the error that names one. */
    public record FieldNames(String dialogue, String language) {
    }
}
