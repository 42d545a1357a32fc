package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.SummaryRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue that {@code dialogues/README.md} writes step by step is a real file: the page shows it word for
 * word, it loads without problems, and both ways through its branch gather at its end.
 */
class WalkthroughTest {

    private static final Path FILE = Path.of("src/test/resources/walkthrough/eerste-gesprek.yaml");

    private final DialogueEngine engine = new DialogueEngine();

    @Test
    void theReadmeShowsTheFileWordForWord() throws IOException {
        assertThat(Files.readString(Path.of("dialogues/README.md"))).contains("```yaml\n" + Files.readString(FILE) + "```");
    }

    @Test
    void eachWayThroughTheBranchAsksItsQuestionAndGathersAtTheEnd() {
        Dialogue dialogue = new DialogueLoader().loadAll(DialogueFiles.read(FILE)).get(0);
        Speaker anna = new Speaker(new Participant("Anna", "Woonstichting"), "nl", Mode.SOLO);

        assertThat(walk(dialogue, anna, "worried")).containsExactly(
                "Welkom, Anna. Ik stel je een paar korte vragen over onze samenwerking.",
                "Wat wil je over een jaar samen bereikt hebben?",
                "Hoe kijk je nu naar de samenwerking?",
                "Waar maak je je zorgen over?",
                "Dank je wel, Anna. Je antwoorden gaan mee naar het gesprek met alle partners.");
        Speaker group = new Speaker(new Participant("", ""), "en", Mode.GROUP);
        assertThat(walk(dialogue, group, "hopeful")).containsExactly(
                "Welcome. I will ask you a few short questions about our collaboration.",
                "What do you want to have achieved together a year from now?",
                "How do you look at the collaboration now?",
                "Where do you see the biggest chance?",
                "Thank you. Your answers come along to the conversation with all partners.");
        assertThat(dialogue.nodesWithRole(SummaryRole.GOAL)).extracting(Node::id).containsExactly("hope");
        assertThat(dialogue.nodesWithRole(SummaryRole.ISSUE)).extracting(Node::id).containsExactly("worry");
    }

    /** The texts of every step, answering each question and choosing the given feeling. */
    private List<String> walk(Dialogue dialogue, Speaker speaker, String feeling) {
        List<String> texts = new ArrayList<>();
        ConversationState state = engine.start(dialogue, speaker);
        Step step = engine.step(dialogue, speaker, state);
        while (true) {
            texts.add(step.prompt());
            if (step.type() == NodeType.END) {
                return texts;
            }
            Object answer = switch (step.type()) {
                case CHOICE -> feeling;
                case TEXT -> "Een antwoord in een paar woorden";
                default -> null;
            };
            state = engine.answer(dialogue, speaker, state, step.nodeId(), answer, null).state();
            step = engine.step(dialogue, speaker, state);
        }
    }
}
