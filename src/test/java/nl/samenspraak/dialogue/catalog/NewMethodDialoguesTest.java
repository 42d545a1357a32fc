package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Option;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.SourceRef;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.SummaryRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogues of issue #11 (kijkglas, balans-opmaken, zelfcheck, motieven, assenmodel): each loads from
 * {@code dialogues/}, is offered alone and in a group, in Dutch and English, and every way through it ends.
 * Unlike the random walks of {@link ShippedDialoguesTest}, the walks here are steered by what is still
 * uncovered: they go on until every option of every choice, multi and rank, and both ends and the middle of
 * every scale, has been given at least once, in each language and mode; a group moves on as a room does,
 * with the answer the group settled on, and also when nobody answered at all. The assenmodel's twelve axes are
 * written out here as the source has them, so that a changed word in a pole shows.
 */
class NewMethodDialoguesTest {

    private static final List<String> NEW = List.of("kijkglas", "balans-opmaken", "zelfcheck", "motieven", "assenmodel");
    /** Those among them whose scales lie between two defensible poles: their positions belong on the paradox map. */
    private static final Set<String> PARADOX_MAPS = Set.of("assenmodel");
    /**
     * The twelve axes of the assenmodel, each pole quoted from 000_75cb061643d644ac.txt:703-748 and paired in the
     * order of the slide (the extracted text lists the poles one by one, lines 712-718 out of step).
     */
    private static final List<List<String>> AXES = List.of(
            List.of("Praktische werkelijkheid", "Politieke werkelijkheid"),
            List.of("Uniformiteit en mogelijkheid om af te dwingen", "Vrije ruimte en eigen initiatief"),
            List.of("Korte termijn en zaken snel regelen", "Lange termijn en ruimte voor voortschrijdend inzicht"),
            List.of("Focus op daadkracht", "Creatief en innovatief samenwerken"),
            List.of("Lokaal en regionaal inbedden", "Landelijk organiseren"),
            List.of("Professioneel", "Bestuurlijk"),
            List.of("Belemmerende systeem barrières doorbreken", "Ruimte binnen bestaande regelgeving optimaal benutten"),
            List.of("Werken vanuit een duidelijke focus", "Gaandeweg ambitie bepalen"),
            List.of("Experimenteren en kennis ontwikkelen", "Implementeren en opschalen"),
            List.of("Onderhandelen op het scherpst van de snede", "Open en vertrouwelijk kunnen delen"),
            List.of("Minister en ministerie leiden en initiëren", "Het veld leidt en initieert"),
            List.of("Bijeenbrengen van gevestigde partijen", "Toelaten van nieuwe partijen"));
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final int MAX_WALKS = 80;
    private static final int MAX_MOVES = 500;

    private static Map<String, Dialogue> shipped;

    private final DialogueEngine engine = new DialogueEngine();

    @BeforeAll
    static void load() {
        shipped = new DialogueLoader().loadAll(DialogueFiles.read(Path.of("dialogues"))).stream()
                .collect(Collectors.toMap(Dialogue::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theFourLoadAndCiteTheirSources() {
        assertThat(shipped.keySet()).containsAll(NEW);
        for (String id : NEW) {
            Dialogue dialogue = shipped.get(id);
            assertThat(dialogue.estimatedMinutes()).as("estimatedMinutes of %s", id).isPositive();
            assertThat(dialogue.sources()).as("sources of %s", id).isNotEmpty()
                    .allSatisfy(source -> assertCited(id, source));
            dialogue.allNodes().stream().filter(n -> n.source() != null)
                    .forEach(n -> assertCited(id + "#" + n.id(), n.source()));
            assertThat(dialogue.nodes().get(0).id()).as("%s opens with a welcome", id).isEqualTo("welcome");
            assertThat(dialogue.allNodes()).as("probes in %s", id).anyMatch(n -> n.probes() != null && !n.probes().isEmpty());
        }
    }

    @Test
    void eachFeedsTheOpenIssuesAndNoneIsMistakenForAParadox() {
        for (String id : NEW) {
            Dialogue dialogue = shipped.get(id);
            assertThat(dialogue.declares(SummaryRole.ISSUE)).as("%s declares an issue", id).isTrue();
            if (PARADOX_MAPS.contains(id)) {
                // The assenmodel's axes lie between two defensible poles, as paradoxen's do: positions and both-and ideas.
                assertThat(dialogue.declares(SummaryRole.POSITION)).as("%s declares a position", id).isTrue();
                assertThat(dialogue.declares(SummaryRole.BOTH_AND)).as("%s declares a both-and", id).isTrue();
                continue;
            }
            // Their scales run from warning to healthy signs, or from "hardly" to "well": not the two defensible
            // poles of a paradox, so they leave the paradox map (role position) alone and show as plain scales.
            assertThat(dialogue.declares(SummaryRole.POSITION)).as("%s declares no paradox position", id).isFalse();
        }
    }

    @Test
    void theAssenmodelOffersAllTwelveAxesWithTheirExactPoles() {
        Dialogue dialogue = shipped.get("assenmodel");
        Node axes = dialogue.node("axes").orElseThrow();
        assertThat(axes.type()).isEqualTo(NodeType.MULTI);
        assertThat(axes.options()).extracting(o -> List.of(o.attributes().get("left").in("nl"), o.attributes().get("right").in("nl")))
                .containsExactlyElementsOf(AXES);
        // The label names both poles, and the scale for each axis shows them as its poles, word for word.
        for (Option axis : axes.options()) {
            String left = axis.attributes().get("left").in("nl");
            String right = axis.attributes().get("right").in("nl");
            assertThat(axis.label().in("nl")).isEqualTo(left + " – " + right);
            Step position = engine.describe(dialogue, "nl", "position@" + axis.id());
            assertThat(position.type()).isEqualTo(NodeType.SCALE);
            assertThat(position.poles().left()).isEqualTo(left);
            assertThat(position.poles().right()).isEqualTo(right);
            assertThat(axis.attributes().get("left").in("en")).as("English of %s", left).isNotBlank().isNotEqualTo(left);
        }
    }

    @TestFactory
    Stream<DynamicTest> offeredAloneAndInAGroupInDutchAndEnglish() {
        DialogueCatalog catalog = new DialogueCatalog(new DialogueProperties(Path.of("dialogues")));
        return NEW.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Dialogue dialogue = shipped.get(id);
            assertThat(dialogue.modes()).containsExactlyInAnyOrder(Mode.SOLO, Mode.GROUP);
            assertThat(dialogue.languages()).containsExactly("nl", "en");
            for (Mode mode : Mode.values()) {
                for (String language : LANGUAGES) {
                    assertThat(catalog.require(id, mode, language).id()).isEqualTo(id);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOptionIsTakenAndEveryWayEnds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : NEW) {
            for (Mode mode : Mode.values()) {
                for (String language : LANGUAGES) {
                    tests.add(DynamicTest.dynamicTest(id + " " + mode.wireName() + " " + language,
                            () -> coverEverything(shipped.get(id), mode, language)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aRoomWhereNobodyAnswersStillEnds() {
        return NEW.stream().flatMap(id -> LANGUAGES.stream().map(language -> DynamicTest.dynamicTest(id + " " + language, () -> {
            Dialogue dialogue = shipped.get(id);
            Speaker room = new Speaker(new Participant("", ""), language, Mode.GROUP);
            ConversationState state = engine.start(dialogue, room);
            for (int move = 0; move < MAX_MOVES; move++) {
                Step step = engine.step(dialogue, room, state);
                assertReadable(step);
                if (step.type() == NodeType.END) {
                    return;
                }
                state = engine.advance(dialogue, room, state, step.nodeId(), null);
            }
            throw new AssertionError(id + " did not end within " + MAX_MOVES + " moves when nobody answered");
        })));
    }

    /** Walks until a walk adds nothing new, then checks that nothing is left uncovered. */
    private void coverEverything(Dialogue dialogue, Mode mode, String language) {
        Coverage coverage = new Coverage(dialogue);
        int walks = 0;
        boolean progress = true;
        while ((progress || walks < 4) && walks < MAX_WALKS) {
            int before = coverage.size();
            walk(dialogue, mode, language, walks, coverage);
            progress = coverage.size() > before;
            walks++;
        }
        assertThat(coverage.missing()).as("never given in %s (%s, %s) after %d walks", dialogue.id(), mode, language, walks)
                .isEmpty();
        // Every step, but a note only for the other mode ("mode == 'group'" on a solo walk).
        String otherMode = "mode == '" + (mode == Mode.SOLO ? Mode.GROUP : Mode.SOLO).wireName() + "'";
        List<String> steps = dialogue.allNodes().stream().filter(n -> n.type().isStep())
                .filter(n -> !otherMode.equals(n.when())).map(Node::id).toList();
        assertThat(coverage.visited).as("steps visited in %s (%s, %s)", dialogue.id(), mode, language).containsAll(steps);
        assertThat(coverage.visited).as("notes for the other mode shown in %s (%s)", dialogue.id(), mode)
                .noneMatch(visited -> dialogue.node(visited).map(n -> otherMode.equals(n.when())).orElse(false));
    }

    private void walk(Dialogue dialogue, Mode mode, String language, int walk, Coverage coverage) {
        // A solo partner with and without an organisation; a room renders without name and organisation.
        Participant who = mode == Mode.GROUP ? new Participant("", "")
                : new Participant("Partner " + walk, walk % 2 == 0 ? "Woonstichting De Kern" : "");
        Speaker speaker = new Speaker(who, language, mode);
        ConversationState state = engine.start(dialogue, speaker);
        for (int move = 0; move < MAX_MOVES; move++) {
            Step step = engine.step(dialogue, speaker, state);
            coverage.visited.add(DialogueEngine.nodeIdOf(step.nodeId()));
            assertReadable(step);
            if (step.type() == NodeType.END) {
                return;
            }
            Object value = coverage.choose(step, walk, move);
            state = mode == Mode.GROUP
                    ? engine.advance(dialogue, speaker, state, step.nodeId(), value)
                    : engine.answer(dialogue, speaker, state, step.nodeId(), value, null).state();
        }
        throw new AssertionError(dialogue.id() + " did not end within " + MAX_MOVES + " moves");
    }

    private static void assertReadable(Step step) {
        assertThat(step.prompt()).as("%s has a text", step.nodeId()).isNotBlank();
        assertThat(step.prompt()).as("%s renders its templates", step.nodeId()).doesNotContain("#{")
                .as("%s reads well without a name", step.nodeId()).doesNotContainPattern(",\\s*[.?!]");
    }

    private static void assertCited(String where, SourceRef source) {
        assertThat(source.cite()).as("cite of %s", where).isNotBlank();
        assertThat(source.file()).as("file of %s", where).matches("00[0-4]_[0-9a-f]{16}\\.txt");
        assertThat(source.lines()).as("lines of %s", where).isNotBlank();
    }

    /**
     * What the walks have given so far: per choice, multi and rank node the options chosen (for a rank, the
     * option put first), per scale its lowest, middle and highest positions, and the nodes visited.
     */
    private static final class Coverage {

        private final Map<String, Set<String>> wanted = new LinkedHashMap<>();
        private final Map<String, Set<String>> given = new LinkedHashMap<>();
        private final Set<String> visited = new HashSet<>();

        Coverage(Dialogue dialogue) {
            for (Node node : dialogue.allNodes()) {
                switch (node.type()) {
                    case CHOICE, MULTI, RANK -> wanted.put(node.id(),
                            node.options().stream().map(Option::id).collect(Collectors.toCollection(LinkedHashSet::new)));
                    case SCALE -> wanted.put(node.id(), new LinkedHashSet<>(List.of(
                            String.valueOf(min(node)), String.valueOf((min(node) + max(node)) / 2), String.valueOf(max(node)))));
                    default -> { }
                }
            }
        }

        int size() {
            return given.values().stream().mapToInt(Set::size).sum() + visited.size();
        }

        Map<String, Set<String>> missing() {
            Map<String, Set<String>> missing = new LinkedHashMap<>();
            wanted.forEach((node, values) -> {
                Set<String> left = new LinkedHashSet<>(values);
                left.removeAll(given.getOrDefault(node, Set.of()));
                if (!left.isEmpty()) {
                    missing.put(node, left);
                }
            });
            return missing;
        }

        /** The answer to give: something not yet given at this node when there is one, else a rotating choice. */
        Object choose(Step step, int walk, int move) {
            String node = DialogueEngine.nodeIdOf(step.nodeId());
            Set<String> done = given.computeIfAbsent(node, n -> new LinkedHashSet<>());
            List<String> todo = new ArrayList<>(wanted.getOrDefault(node, Set.of()));
            todo.removeAll(done);
            Step.Limits limits = step.limits();
            return switch (step.type()) {
                case TEXT -> {
                    int least = limits == null || limits.minWords() == null ? 1 : limits.minWords();
                    // Short answers on odd walks (probes on short answers ask once), full ones on even walks.
                    yield words(walk % 2 == 0 ? Math.max(least, 20) : least);
                }
                case LIST -> List.of("punt 1", "punt 2");
                case CHOICE -> {
                    List<String> ids = ids(step);
                    String id = todo.isEmpty() ? ids.get((walk + move) % ids.size()) : todo.get(0);
                    done.add(id);
                    yield id;
                }
                case MULTI -> {
                    List<String> ids = ids(step);
                    int least = limits == null || limits.minSelected() == null ? 1 : Math.max(1, limits.minSelected());
                    int most = limits == null || limits.maxSelected() == null ? ids.size() : limits.maxSelected();
                    List<String> chosen = new ArrayList<>(todo.isEmpty()
                            ? (walk % 3 == 0 ? ids : List.of(ids.get(walk % ids.size()))) : todo);
                    for (String id : ids) {
                        if (chosen.size() >= least) {
                            break;
                        }
                        if (!chosen.contains(id)) {
                            chosen.add(id);
                        }
                    }
                    chosen = chosen.subList(0, Math.min(chosen.size(), most));
                    done.addAll(chosen);
                    yield List.copyOf(chosen);
                }
                case SCALE -> {
                    List<Integer> positions = List.of(step.min(), (step.min() + step.max()) / 2, step.max());
                    int position = todo.isEmpty() ? positions.get((walk + move) % positions.size()) : Integer.parseInt(todo.get(0));
                    done.add(String.valueOf(position));
                    yield position;
                }
                case RANK -> {
                    List<String> ids = new ArrayList<>(ids(step));
                    Collections.rotate(ids, -(todo.isEmpty() ? walk : ids.indexOf(todo.get(0))));
                    done.add(ids.get(0));
                    yield ids;
                }
                case RECAP -> Map.of();
                default -> null;
            };
        }

        private static List<String> ids(Step step) {
            return step.options().stream().map(Step.OptionView::id).toList();
        }

        private static int min(Node node) {
            return node.min() == null ? -3 : node.min();
        }

        private static int max(Node node) {
            return node.max() == null ? 3 : node.max();
        }

        private static String words(int count) {
            return count == 0 ? "" : String.join(" ", Collections.nCopies(count, "woord"));
        }
    }
}
