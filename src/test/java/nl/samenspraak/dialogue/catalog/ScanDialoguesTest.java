package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Option;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.SummaryRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan of the Gespreksmodel Vitaal Samenwerken ({@code vitaal-samenwerken}) and the worksheet
 * {@code netwerkleiderschap}: each loads, is offered alone and in a group, in Dutch and in English, and every way
 * through it ends, with every option of every choice taken at least once. The scan holds the model's sixteen
 * ingredients, each declared under its own factor (a scale per ingredient, answered per factor item:
 * {@code ingredient@factor}), and asks the model's three check questions after every factor; the worksheet asks its
 * four questions for each of the four roles. The canonical questions are written out here as the sources have them,
 * so that a changed word in a dialogue shows.
 */
class ScanDialoguesTest {

    private static final String SCAN = "vitaal-samenwerken";
    private static final String NETWORK = "netwerkleiderschap";

    /** The five factors and their ingredients (node ids), in the model's order. */
    private static final Map<String, List<String>> INGREDIENTS = new LinkedHashMap<>();
    /** Per ingredient: its name and its content questions, quoted from 002_8e072718c2836f9d.txt:2109-2296. */
    private static final Map<String, List<String>> QUOTED = new LinkedHashMap<>();

    static {
        factor("relatie",
                ingredient("vermogen-tot-samenwerking", "Vermogen tot samenwerking",
                        "Wil, kan en mag elk van de (beoogde) partners samenwerken?",
                        "Willen, kunnen en mogen we ergens aansluiten of starten we iets nieuws?"),
                ingredient("openheid-en-vertrouwen", "Openheid en vertrouwen",
                        "Hoe kunnen we het persoonlijk én veilig maken?",
                        "Wat is (nog meer) nodig om tot openheid en vertrouwen te komen?"),
                ingredient("gelijkwaardige-inbreng", "Gelijkwaardige inbreng",
                        "Hoe gaan we om met verschillen in positie, macht en kennis?",
                        "Hoe borgen we dat iedereen gelijkwaardigheid ervaart?"),
                ingredient("identiteit-en-taal", "Gezamenlijke identiteit en taal",
                        "Aan welk thema/opgave willen en kunnen we ons verbinden?",
                        "Welk jargon en begrippen zijn hinderend of helpend en welke alternatieven kunnen we ontwikkelen?"));
        factor("samenstelling",
                ingredient("minimale-massa", "Minimale massa",
                        "Welke partijen zijn nodig om te kunnen starten?",
                        "Welke partijen kunnen later aanhaken?"),
                ingredient("maximale-mix", "Maximale mix",
                        "Hoe zorgen we dat alle relevante partijen meedoen?",
                        "Hoe zorgen we voor voldoende diversiteit in stem, belangen en inhoud?"),
                ingredient("geaccepteerde-trekker", "Een geaccepteerde trekker",
                        "Is er (semi-)onafhankelijke procesbegeleiding met mandaat?",
                        "Wat is ervoor nodig om die voor alle partijen acceptabel te laten zijn?"),
                ingredient("georganiseerd-toeval", "Georganiseerd toeval",
                        "Hoe houden we rekening met en spelen we in op onvoorziene omstandigheden en veranderingen?"));
        factor("ambitie",
                ingredient("gedeelde-opgave", "Gedeelde opgave, ambitie en doelen",
                        "Zijn een maatschappelijke opgave, een daaraan gekoppelde gewenste eindsituatie en concrete doelen benoemd en door allen onderschreven?"),
                ingredient("zichtbare-urgentie", "Zichtbare urgentie",
                        "Hebben de opgave en de ambitie voldoende (maatschappelijke) urgentie en belang om tot actie te leiden?"));
        factor("belangen",
                ingredient("duidelijkheid-over-belangen", "Duidelijkheid over belangen",
                        "Zijn de organisatorische en individuele belangen van de deelnemers voor ieder helder en acceptabel?"),
                ingredient("gezamenlijk-belang", "Een gezamenlijk belang",
                        "Is een gecombineerd of overstijgend belang benoemd en hebben alle partners zich daaraan gecommitteerd?"));
        factor("organisatie-proces",
                ingredient("functionele-organisatie", "Een functionele organisatie",
                        "Is de organisatie van de samenwerking afgestemd op opgave, doel, schaal en soort deelnemers?",
                        "Zijn er verschillende manieren waarop (potentiële) deelnemers kunnen meedoen?"),
                ingredient("duidelijke-spelregels", "Duidelijke spelregels",
                        "Is voor alle partijen helder onder welke voorwaarden en afspraken de samenwerking plaatsvindt?",
                        "Hoe gaan we om met het breken van regels en met nieuwe regels?"),
                ingredient("voldoende-tijd", "Voldoende tijd",
                        "Hoe is geregeld dat deelnemers voldoende uren en doorlooptijd kunnen investeren?"),
                ingredient("aandacht-voor-ontwikkeling", "Aandacht voor ontwikkeling",
                        "Hoe is het met en van elkaar leren, monitoren van de voortgang, evalueren en delen van lessen en successen geregeld?"));
    }

    /** The check questions after every factor, by node id (002_8e072718c2836f9d.txt:2156-2166 and twice more). */
    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("check-discussed", "Hebben we het hier over gehad?");
        CHECKS.put("check-heard", "Is iedereen gehoord en aan boord?");
        CHECKS.put("check-decided", "Zijn er besluiten genomen en afspraken vastgelegd?");
    }

    private static final List<String> ROLES = List.of("verkenner", "procesmanager", "strateeg", "ontwikkelaar");

    private static final int MAX_MOVES = 1000;

    private final DialogueEngine engine = new DialogueEngine();
    private final DialogueCatalog catalog = new DialogueCatalog(new DialogueProperties(Path.of("dialogues")));

    private static void factor(String factor, String... ingredients) {
        INGREDIENTS.put(factor, List.of(ingredients));
    }

    private static String ingredient(String id, String name, String... questions) {
        List<String> quoted = new ArrayList<>();
        quoted.add(name);
        quoted.addAll(List.of(questions));
        QUOTED.put(id, quoted);
        return id;
    }

    // ---------------------------------------------------------------- both dialogues

    @ParameterizedTest
    @ValueSource(strings = {SCAN, NETWORK})
    void isOfferedAloneAndInAGroupInDutchAndEnglish(String id) {
        for (Mode mode : Mode.values()) {
            for (String language : List.of("nl", "en")) {
                assertThat(catalog.require(id, mode, language).id()).as("%s %s", mode, language).isEqualTo(id);
            }
        }
        Dialogue dialogue = dialogue(id);
        assertThat(dialogue.estimatedMinutes()).isPositive();
        assertThat(dialogue.sources()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.file()).as("%s cites a file", s.cite()).isNotBlank())
                .allSatisfy(s -> assertThat(s.lines()).as("%s cites lines", s.cite()).isNotBlank());
        assertThat(dialogue.nodes().get(0).type()).as("a welcome first").isEqualTo(NodeType.SAY);
    }

    /**
     * Walks the dialogue through the engine until every option of every choice and multi node has been chosen at
     * least once, alone and in a group, in both languages; every walk reaches the end.
     */
    @ParameterizedTest
    @ValueSource(strings = {SCAN, NETWORK})
    void everyWayEndsWithEveryOptionOfEveryChoiceChosen(String id) {
        Dialogue dialogue = dialogue(id);
        Map<String, Set<String>> chosen = new HashMap<>();
        Set<String> visited = new HashSet<>();
        int walks = 0;
        while (walks < 8 || !everyOptionChosen(dialogue, chosen)) {
            assertThat(walks).as("walks needed to choose every option of %s", id).isLessThan(40);
            int walk = walks++;
            Speaker speaker = new Speaker(new Participant("Partner " + walk, walk % 3 == 0 ? "" : "Woonstichting"),
                    walk % 2 == 0 ? "nl" : "en", (walk / 2) % 2 == 0 ? Mode.SOLO : Mode.GROUP);
            List<String> steps = walk(dialogue, speaker, (step, node) -> {
                if (step.type() == NodeType.CHOICE || step.type() == NodeType.MULTI) {
                    Object value = choose(step, walk, chosen.computeIfAbsent(node.id(), k -> new HashSet<>()));
                    chosen.get(node.id()).addAll(value instanceof List<?> ids ? ids.stream().map(String::valueOf).toList()
                            : List.of(String.valueOf(value)));
                    return value;
                }
                return plainValue(step, walk);
            });
            steps.forEach(s -> visited.add(DialogueEngine.nodeIdOf(s)));
        }
        List<String> stepNodes = dialogue.allNodes().stream().filter(n -> n.type().isStep()).map(Node::id).toList();
        assertThat(visited).as("steps visited in %s", id).containsAll(stepNodes);
    }

    // ---------------------------------------------------------------- the scan

    @Test
    void theScanHoldsTheSixteenIngredientsEachUnderItsFactor() {
        Dialogue scan = dialogue(SCAN);
        Node factors = scan.node("factors").orElseThrow();
        assertThat(factors.type()).isEqualTo(NodeType.MULTI);
        assertThat(factors.options()).extracting(Option::id).containsExactlyElementsOf(INGREDIENTS.keySet());
        assertThat(factors.minSelected()).as("a partner may choose a single factor").isEqualTo(1);
        assertThat(factors.maxSelected()).as("or all five").isEqualTo(5);

        Node perFactor = scan.node("per-factor").orElseThrow();
        assertThat(perFactor.type()).isEqualTo(NodeType.FOREACH);
        assertThat(perFactor.over()).isEqualTo("factors");
        List<String> positions = perFactor.nodes().stream().filter(n -> n.role() == SummaryRole.POSITION).map(Node::id).toList();
        assertThat(positions).as("one position per ingredient, in the model's order")
                .containsExactlyElementsOf(INGREDIENTS.values().stream().flatMap(List::stream).toList()).hasSize(16);
        assertThat(scan.allNodes().stream().filter(n -> n.role() == SummaryRole.POSITION)).hasSize(16);

        INGREDIENTS.forEach((factor, ingredients) -> ingredients.forEach(id -> {
            Node scale = scan.node(id).orElseThrow();
            List<String> quoted = QUOTED.get(id);
            assertThat(scale.type()).as(id).isEqualTo(NodeType.SCALE);
            assertThat(scale.when()).as("%s belongs to %s", id, factor).isEqualTo("item.id == '" + factor + "'");
            assertThat(scan.itemSource(id)).as("%s is asked per factor", id).contains(factors);
            assertThat(scale.prompt().in("nl")).as("%s names the ingredient and quotes its questions", id)
                    .startsWith(quoted.get(0) + ". " + String.join(" ", quoted.subList(1, quoted.size())))
                    .endsWith("Hoe staan we ervoor?");
            assertThat(scale.prompt().in("en")).as(id).isNotBlank().doesNotContain("Hoe staan");
            assertThat(scale.source().file()).as(id).isEqualTo("002_8e072718c2836f9d.txt");
            assertThat(scale.source().lines()).as(id).isNotBlank();
            assertThat(scale.min()).isEqualTo(-2);
            assertThat(scale.max()).isEqualTo(2);

            Node explanation = scan.node(id + "-explanation").orElseThrow();
            assertThat(explanation.type()).as("%s-explanation", id).isEqualTo(NodeType.TEXT);
            assertThat(explanation.minWords()).as("%s-explanation is optional", id).isZero();
            assertThat(explanation.when()).isEqualTo(scale.when());
            assertThat(perFactor.nodes().indexOf(explanation)).as("%s-explanation follows its scale", id)
                    .isEqualTo(perFactor.nodes().indexOf(scale) + 1);
        }));
    }

    @Test
    void theThreeCheckQuestionsCloseEveryFactor() {
        Dialogue scan = dialogue(SCAN);
        Node perFactor = scan.node("per-factor").orElseThrow();
        CHECKS.forEach((id, question) -> {
            Node check = scan.node(id).orElseThrow();
            assertThat(perFactor.nodes()).as("%s is asked per factor", id).contains(check);
            assertThat(check.type()).isEqualTo(NodeType.CHOICE);
            assertThat(check.when()).as("%s is asked for every factor", id).isNull();
            assertThat(check.prompt().in("nl")).as(id).isEqualTo("#{item.label}: " + question);
            assertThat(check.source().file()).isEqualTo("002_8e072718c2836f9d.txt");
            assertThat(check.source().lines()).contains("2154-2166").contains("2215-2227").contains("2284-2296");
        });

        List<String> all = new ArrayList<>(INGREDIENTS.keySet());
        List<String> expected = new ArrayList<>();
        INGREDIENTS.forEach((factor, ingredients) -> {
            ingredients.forEach(i -> expected.add(i + "@" + factor));
            CHECKS.keySet().forEach(c -> expected.add(c + "@" + factor));
        });
        Speaker speaker = new Speaker(new Participant("Anna", "Gemeente"), "nl", Mode.SOLO);
        List<String> steps = walk(scan, speaker, (step, node) -> step.nodeId().equals("factors") ? all : plainValue(step, 0));
        assertThat(steps.stream().filter(s -> isPosition(scan, s) || CHECKS.containsKey(DialogueEngine.nodeIdOf(s))).toList())
                .as("per factor its ingredients, then the three check questions").containsExactlyElementsOf(expected);
        Step check = engine.describe(scan, "nl", "check-heard@organisatie-proces");
        assertThat(check.prompt()).isEqualTo("Organisatie & Proces: Is iedereen gehoord en aan boord?");
    }

    @Test
    void aPartnerWhoChoosesSomeFactorsIsAskedOnlyTheirIngredients() {
        Dialogue scan = dialogue(SCAN);
        for (Mode mode : Mode.values()) {
            Speaker speaker = new Speaker(new Participant("Bram", "Zorggroep"), "en", mode);
            List<String> steps = walk(scan, speaker, (step, node) ->
                    step.nodeId().equals("factors") ? List.of("samenstelling", "belangen") : plainValue(step, 1));
            List<String> expected = new ArrayList<>();
            for (String factor : List.of("samenstelling", "belangen")) {
                INGREDIENTS.get(factor).forEach(i -> expected.add(i + "@" + factor));
            }
            assertThat(steps.stream().filter(s -> isPosition(scan, s)).toList()).as("%s", mode).containsExactlyElementsOf(expected);
            assertThat(steps).as("%s", mode).contains("check-discussed@samenstelling", "check-decided@belangen")
                    .noneMatch(s -> s.endsWith("@relatie") || s.endsWith("@ambitie") || s.endsWith("@organisatie-proces"));
            assertThat(steps.get(steps.size() - 1)).isEqualTo("done");
        }
    }

    // ---------------------------------------------------------------- netwerkleiderschap

    @Test
    void theWorksheetAsksItsFourQuestionsForEachRoleAndThenTheBalance() {
        Dialogue network = dialogue(NETWORK);
        for (String role : ROLES) {
            Node covered = network.node(role + "-covered").orElseThrow();
            assertThat(covered.type()).isEqualTo(NodeType.CHOICE);
            assertThat(covered.prompt().in("nl"))
                    .isEqualTo("De netwerkleider als " + role + ". Is deze netwerkleiderschapsrol voldoende belegd?");
            assertThat(network.node(role + "-contributors").orElseThrow().prompt().in("nl"))
                    .contains("Welke personen of organisaties leveren vooral een bijdrage op dit terrein?");
            assertThat(network.node(role + "-own").orElseThrow().prompt().in("nl")).contains("Wat is mijn persoonlijke bijdrage?");
            Node strengthen = network.node(role + "-strengthen").orElseThrow();
            assertThat(strengthen.prompt().in("nl"))
                    .contains("Indien relevant, wat zijn mogelijkheden ter versterking van deze rol in het netwerk?");
            assertThat(strengthen.minWords()).as("'indien relevant': optional").isZero();
            for (String suffix : List.of("-covered", "-contributors", "-own", "-strengthen")) {
                Node node = network.node(role + suffix).orElseThrow();
                assertThat(node.source().file()).as(node.id()).isEqualTo("004_c18776848ef1c894.txt");
                assertThat(node.source().lines()).as(node.id()).startsWith("3172-3209");
            }
        }
        assertThat(network.node("roles-balance").orElseThrow().prompt().in("nl")).contains("Zijn de rollen in balans vertegenwoordigd?");
    }

    // ---------------------------------------------------------------- walking

    /**
     * One way through the dialogue, answering each step with what {@code answer} gives: alone through
     * {@code answer}, as a room does in a group through {@code advance} (free text steers nothing there). Returns the
     * step ids in order, the end last.
     */
    private List<String> walk(Dialogue dialogue, Speaker speaker, BiFunction<Step, Node, Object> answer) {
        List<String> steps = new ArrayList<>();
        ConversationState state = engine.start(dialogue, speaker);
        for (int move = 0; move < MAX_MOVES; move++) {
            Step step = engine.step(dialogue, speaker, state);
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step.nodeId())) {
                steps.add(step.nodeId());
            }
            assertThat(step.prompt()).as("%s has a text", step.nodeId()).isNotBlank().doesNotContain("#{");
            if (step.type() == NodeType.END) {
                return steps;
            }
            Node node = dialogue.node(DialogueEngine.nodeIdOf(step.nodeId())).orElseThrow();
            Object value = answer.apply(step, node);
            state = speaker.mode() == Mode.GROUP
                    ? engine.advance(dialogue, speaker, state, step.nodeId(), step.type() == NodeType.TEXT ? null : value)
                    : engine.answer(dialogue, speaker, state, step.nodeId(), value, null).state();
        }
        throw new AssertionError(dialogue.id() + " did not end within " + MAX_MOVES + " moves");
    }

    /**
     * A choice takes an option not taken before at that node, else one by the walk's number; a multi takes the
     * options not taken before (as many as it allows), else a subset by the walk's number.
     */
    private static Object choose(Step step, int walk, Set<String> before) {
        List<String> ids = step.options().stream().map(Step.OptionView::id).toList();
        List<String> fresh = ids.stream().filter(id -> !before.contains(id)).toList();
        if (step.type() == NodeType.CHOICE) {
            return fresh.isEmpty() ? ids.get(walk % ids.size()) : fresh.get(0);
        }
        Step.Limits limits = step.limits();
        if (!fresh.isEmpty()) {
            List<String> take = new ArrayList<>(fresh.subList(0, Math.min(fresh.size(), limits.maxSelected())));
            ids.stream().filter(id -> !take.contains(id)).limit(Math.max(0, limits.minSelected() - take.size())).forEach(take::add);
            return take;
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(walk));
        return List.copyOf(shuffled.subList(0, limits.minSelected() + walk % (limits.maxSelected() - limits.minSelected() + 1)));
    }

    /** An answer to a step that is not a choice: text of a length the step allows (empty where it may be), and so on. */
    private static Object plainValue(Step step, int walk) {
        Step.Limits limits = step.limits();
        return switch (step.type()) {
            case TEXT -> limits.minWords() == 0 && walk % 2 == 1 ? ""
                    : String.join(" ", Collections.nCopies(Math.min(limits.maxWords(), 12), "woord"));
            case LIST -> IntStream.rangeClosed(1, Math.max(limits.minItems(), Math.min(2, limits.maxItems())))
                    .mapToObj(i -> "punt " + i).toList();
            case SCALE -> List.of(step.min(), 0, step.max()).get(walk % 3);
            case CHOICE -> step.options().get(0).id();
            case MULTI -> List.of(step.options().get(0).id());
            case RANK -> step.options().stream().map(Step.OptionView::id).toList();
            case RECAP -> Map.of();
            default -> null;
        };
    }

    private static boolean everyOptionChosen(Dialogue dialogue, Map<String, Set<String>> chosen) {
        return dialogue.allNodes().stream().filter(n -> n.type() == NodeType.CHOICE || n.type() == NodeType.MULTI)
                .allMatch(n -> chosen.getOrDefault(n.id(), Set.of()).containsAll(n.options().stream().map(Option::id).toList()));
    }

    private static boolean isPosition(Dialogue dialogue, String stepId) {
        return dialogue.node(DialogueEngine.nodeIdOf(stepId)).map(n -> n.role() == SummaryRole.POSITION).orElse(false);
    }

    private Dialogue dialogue(String id) {
        return catalog.find(id).orElseThrow();
    }
}
