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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialogue in {@code dialogues/} loads, and many random ways through it (every language, both modes,
 * with steps back) all reach an end; together they visit every step the file has, so no node is dead.
 */
class ShippedDialoguesTest {

    private static final int WALKS = 150;
    private static final int MAX_MOVES = 2000;

    private final DialogueEngine engine = new DialogueEngine();

    @TestFactory
    Stream<DynamicTest> everyWayThroughEveryDialogueEnds() {
        List<Dialogue> dialogues = new DialogueLoader().loadAll(DialogueFiles.read(Path.of("dialogues")));
        assertThat(dialogues).extracting(Dialogue::id).contains("brengen-halen", "visievierluik", "paradoxen");
        assertThat(dialogues).extracting(Dialogue::id).contains("vitaal-samenwerken", "netwerkleiderschap");
        return dialogues.stream().map(d -> DynamicTest.dynamicTest(d.id(), () -> walkAll(d)));
    }

    private void walkAll(Dialogue dialogue) {
        Set<String> visited = new HashSet<>();
        for (int seed = 0; seed < WALKS; seed++) {
            Random random = new Random(seed);
            String language = dialogue.languages().get(seed % dialogue.languages().size());
            Mode mode = seed % 2 == 0 ? Mode.SOLO : Mode.GROUP;
            Speaker speaker = new Speaker(new Participant("Partner " + seed, seed % 3 == 0 ? "" : "Woonstichting"), language, mode);
            walk(dialogue, speaker, random, visited);
        }
        List<String> stepNodes = dialogue.allNodes().stream().filter(n -> n.type().isStep()).map(Node::id).toList();
        assertThat(visited).as("steps visited in %s", dialogue.id()).containsAll(stepNodes);
    }

    private void walk(Dialogue dialogue, Speaker speaker, Random random, Set<String> visited) {
        ConversationState state = engine.start(dialogue, speaker);
        for (int move = 0; move < MAX_MOVES; move++) {
            Step step = engine.step(dialogue, speaker, state);
            visited.add(step.nodeId().replaceAll("@.*", ""));
            assertThat(step.prompt()).as("%s has a text", step.nodeId()).isNotBlank();
            assertThat(step.prompt()).as("%s renders its templates", step.nodeId()).doesNotContain("#{")
                    .as("%s reads well without a name", step.nodeId()).doesNotContainPattern(",\\s*[.?!]");
            if (step.type() == NodeType.END) {
                return;
            }
            if (step.canGoBack() && random.nextInt(10) == 0) {
                state = engine.back(dialogue, speaker, state, null);
            } else {
                state = engine.answer(dialogue, speaker, state, step.nodeId(), valueFor(step, random), null).state();
            }
        }
        throw new AssertionError(dialogue.id() + " did not end within " + MAX_MOVES + " moves");
    }

    /** A valid answer to the step, chosen by the random source; also for other walks through the shipped files. */
    static Object valueFor(Step step, Random random) {
        Step.Limits limits = step.limits();
        return switch (step.type()) {
            case TEXT -> words(between(random, limits.minWords(), Math.min(limits.maxWords(), 25)));
            case LIST -> IntStream.rangeClosed(1, between(random, limits.minItems(), limits.maxItems()))
                    .mapToObj(i -> "punt " + i).toList();
            case CHOICE -> step.options().get(random.nextInt(step.options().size())).id();
            case MULTI -> {
                List<String> ids = new ArrayList<>(step.options().stream().map(Step.OptionView::id).toList());
                Collections.shuffle(ids, random);
                yield List.copyOf(ids.subList(0, between(random, limits.minSelected(), limits.maxSelected())));
            }
            case SCALE -> between(random, step.min(), step.max());
            case RANK -> {
                List<String> ids = new ArrayList<>(step.options().stream().map(Step.OptionView::id).toList());
                Collections.shuffle(ids, random);
                yield ids;
            }
            case RECAP -> Map.of();
            default -> null;
        };
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String words(int count) {
        return count == 0 ? "" : String.join(" ", Collections.nCopies(count, "woord"));
    }
}
