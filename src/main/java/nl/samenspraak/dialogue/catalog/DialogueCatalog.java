package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.Dialogue;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogues this server offers, loaded and checked once at start-up: a file with a problem stops
 * start-up with every problem listed as {@code file:line: message}.
 */
@Component
public class DialogueCatalog {

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
}
