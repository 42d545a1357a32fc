package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain string where a text goes reads the same in every language, and needs no translation. */
class PlainTextsTest {

    private final DialogueEngine engine = new DialogueEngine();

    // Two languages, a plain title and a plain say: that it loads at all shows the checker asks no translation.
    private final Dialogue dialogue = TestDialogues.load("plain.yaml", """
            id: plain
            version: 1
            title: Brengen-halen
            description: {nl: Een gesprek, en: A conversation}
            languages: [nl, en]
            modes: [solo]
            estimatedMinutes: 5
            sources: [{cite: "Test"}]
            nodes:
              - id: quote
                type: say
                text: "‘Samen kom je verder.’ (#{participant.organisation})"
              - id: done
                type: end
                text: {nl: Klaar, en: Done}
            """);

    @Test
    void aPlainStringReadsTheSameInEveryLanguageAndTemplatesStillRender() {
        for (String language : dialogue.languages()) {
            Speaker speaker = new Speaker(new Participant("Anna", "Gemeente Zwolle"), language, Mode.SOLO);
            Step quote = engine.step(dialogue, speaker, engine.start(dialogue, speaker));
            assertThat(quote.prompt()).as(language).isEqualTo("‘Samen kom je verder.’ (Gemeente Zwolle)");
            assertThat(dialogue.title().in(language)).isEqualTo("Brengen-halen");
        }
    }

    @Test
    void aTextPerLanguageStaysOneTextPerLanguage() {
        Speaker english = new Speaker(new Participant("Ann", ""), "en", Mode.SOLO);
        ConversationState atEnd = engine.answer(dialogue, english, engine.start(dialogue, english), "quote", null, null).state();
        assertThat(engine.step(dialogue, english, atEnd).prompt()).isEqualTo("Done");
    }

    @Test
    void aTextReadsBackAsTheFileWroteIt() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(dialogue.title())).isEqualTo("\"Brengen-halen\"");
        assertThat(json.writeValueAsString(dialogue.description())).isEqualTo("{\"en\":\"A conversation\",\"nl\":\"Een gesprek\"}");
        assertThat(json.readValue("\"Brengen-halen\"", LocalizedText.class)).isEqualTo(dialogue.title());
        assertThat(json.readValue("{\"nl\":\"Een gesprek\",\"en\":\"A conversation\"}", LocalizedText.class))
                .isEqualTo(dialogue.description());
    }
}
