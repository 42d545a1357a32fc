package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.DialogueNotOfferedException;
import nl.samenspraak.dialogue.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code require}: the one check of the dialogue, mode and language a request asks for. */
class DialogueCatalogTest {

    @TempDir
    static Path folder;

    @Test
    void aDialogueOnOfferForTheModeAndLanguageIsReturned() throws IOException {
        DialogueCatalog catalog = catalog();

        assertThat(catalog.require("alone", Mode.SOLO, "nl").id()).isEqualTo("alone");
        assertThat(catalog.require("alone", null, null).id()).as("mode and language unchecked").isEqualTo("alone");
    }

    @Test
    void eachRefusalNamesTheFieldAndWhatWouldFit() throws IOException {
        DialogueCatalog catalog = catalog();

        assertRefused(() -> catalog.require(" ", Mode.SOLO, "nl"), "dialogueId", "api.dialogue.required", "dialogueId", "alone");
        assertRefused(() -> catalog.require("other", Mode.SOLO, "nl"), "dialogueId", "api.dialogue.unknown", "other", "alone");
        assertRefused(() -> catalog.require("alone", Mode.GROUP, "nl"), "dialogueId", "api.dialogue.not-group", "alone");
        assertRefused(() -> catalog.require("alone", Mode.SOLO, "de"), "language", "api.dialogue.language",
                "alone", "de", "nl, en");
        assertRefused(() -> catalog.require("alone", null, "de", new DialogueCatalog.FieldNames("dialogue", "lang")),
                "lang", "api.dialogue.language", "alone", "de", "nl, en");
    }

    private static void assertRefused(Runnable request, String field, String key, String... arguments) {
        DialogueNotOfferedException refused = catchThrowableOfType(DialogueNotOfferedException.class, request::run);
        assertThat(refused).as("refused with %s", key).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageKey()).isEqualTo(key);
        assertThat(refused.arguments()).containsExactly(arguments);
    }

    /** A catalog of one dialogue for preparing alone, in Dutch and English. */
    private static DialogueCatalog catalog() throws IOException {
        Files.writeString(folder.resolve("alone.yaml"), """
                id: alone
                version: 1
                title: {nl: Alleen, en: Alone}
                description: {nl: Alleen, en: Alone}
                languages: [nl, en]
                modes: [solo]
                estimatedMinutes: 5
                sources: [{cite: "Test"}]
                nodes:
                  - id: done
                    type: end
                    text: {nl: Klaar, en: Done}
                """);
        return new DialogueCatalog(new DialogueProperties(folder));
    }
}
