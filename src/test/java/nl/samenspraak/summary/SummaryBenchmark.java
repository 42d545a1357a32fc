package nl.samenspraak.summary;

import nl.samenspraak.SamenspraakApplication;
import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A benchmark, not a test: generates realistic collaborations (n partners who each completed the three
 * dialogues, with answers built from phrases partners in elderly care, housing and welfare use) and prints
 * how long the summary of each dialogue takes for 10, 50, 200 and 500 partners (median of 5 runs after a warm-up
 * of two, so every answer's analysis is already kept), and how the time grows from 50 to 500 partners.
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.samenspraak.summary.SummaryBenchmark</pre>
 */
public final class SummaryBenchmark {

    private static final String[] ORGANISATIONS = {"Gemeente", "Woonstichting", "Zorggroep", "Welzijnsorganisatie",
            "Bewonersraad", "Zorgkantoor", "Huisartsenpraktijk", "Cliëntenraad"};
    private static final String[] SUBJECTS = {"ouderen", "vrijwilligers", "mantelzorgers", "buurtbewoners", "huurders",
            "wijkverpleegkundigen", "de gemeente", "de corporatie"};
    private static final String[] VERBS = {"kunnen langer thuis wonen", "vinden elkaar in de wijk", "krijgen passende zorg",
            "worden eerder gezien", "hebben een ontmoetingsplek", "delen kennis en gegevens", "werken samen aan preventie",
            "voelen zich minder eenzaam"};
    private static final String[] ENDINGS = {"met steun van de buurt", "in een passende woning", "dankzij een vast aanspreekpunt",
            "zonder lange wachtlijsten", "met korte lijnen tussen partners", "door slimme inzet van technologie"};

    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = Files.createTempDirectory("summary-benchmark").toString();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamenspraakApplication.class)
                .logStartupInfo(false)
                .run("--samenspraak.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN")) {
            SummaryService service = context.getBean(SummaryService.class);
            DialogueCatalog catalog = context.getBean(DialogueCatalog.class);
            System.out.printf("Summary benchmark on %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            java.util.Map<String, long[]> medians = new java.util.LinkedHashMap<>();
            int[] sizes = {10, 50, 200, 500};
            for (int size = 0; size < sizes.length; size++) {
                int partners = sizes[size];
                for (Dialogue dialogue : catalog.all()) {
                    List<Contribution> contributions = generate(dialogue, partners, new Random(partners));
                    for (int warmUp = 0; warmUp < 2; warmUp++) {
                        service.compute("benchmark", dialogue, "nl", contributions, null);
                    }
                    long[] millis = new long[5];
                    for (int run = 0; run < millis.length; run++) {
                        long start = System.nanoTime();
                        service.compute("benchmark", dialogue, "nl", contributions, null);
                        millis[run] = (System.nanoTime() - start) / 1_000_000;
                    }
                    Arrays.sort(millis);
                    medians.computeIfAbsent(dialogue.id(), d -> new long[sizes.length])[size] = Math.max(1, millis[2]);
                    System.out.printf("%4d partners  %-14s %6d answers  median %5d ms  (min %d, max %d)%n", partners,
                            dialogue.id(), contributions.size(), millis[2], millis[0], millis[4]);
                }
            }
            // Growth from 50 to 500 partners on a log-log scale: 1.0 is linear, 2.0 quadratic.
            medians.forEach((dialogue, times) -> System.out.printf("%-14s log-log slope 50 -> 500 partners: %.2f%n", dialogue,
                    Math.log((double) times[3] / times[1]) / Math.log(10)));
        }
        // Threads of the embedded broker and pools outlive the context under exec:java; the figures are printed.
        System.exit(0);
    }

    /** Each partner walks the whole dialogue through the engine, answering every question. */
    static List<Contribution> generate(Dialogue dialogue, int partners, Random random) {
        DialogueEngine engine = new DialogueEngine();
        List<Contribution> contributions = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            String name = "Partner " + (p + 1);
            String organisation = ORGANISATIONS[p % ORGANISATIONS.length];
            Speaker speaker = new Speaker(new Participant(name, organisation), "nl", Mode.SOLO);
            ConversationState state = engine.start(dialogue, speaker);
            for (int move = 0; move < 500; move++) {
                Step step = engine.step(dialogue, speaker, state);
                if (step.type() == nl.samenspraak.dialogue.NodeType.END) {
                    break;
                }
                Object value = value(step, random);
                state = engine.answer(dialogue, speaker, state, step.nodeId(), value, null).state();
                if (value != null && step.type().asksAnswer()) {
                    contributions.add(new Contribution("p" + p, name, organisation, step.nodeId(),
                            step.nodeId().replaceAll("@.*", ""), value, String.valueOf(value), Contribution.PREPARATION, "c" + p));
                }
            }
        }
        return contributions;
    }

    private static Object value(Step step, Random random) {
        Step.Limits limits = step.limits();
        return switch (step.type()) {
            case TEXT -> sentence(random) + ". " + sentence(random) + ".";
            case LIST -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < Math.max(limits.minItems(), Math.min(3, limits.maxItems())); i++) {
                    items.add(sentence(random));
                }
                yield items;
            }
            case CHOICE -> step.options().get(random.nextInt(step.options().size())).id();
            case MULTI -> {
                List<String> ids = new ArrayList<>(step.options().stream().map(Step.OptionView::id).toList());
                Collections.shuffle(ids, random);
                yield List.copyOf(ids.subList(0, Math.max(limits.minSelected(), Math.min(2, limits.maxSelected()))));
            }
            case SCALE -> step.min() + random.nextInt(step.max() - step.min() + 1);
            case RANK -> {
                List<String> ids = new ArrayList<>(step.options().stream().map(Step.OptionView::id).toList());
                Collections.shuffle(ids, random);
                yield ids;
            }
            case RECAP -> java.util.Map.of();
            default -> null;
        };
    }

    private static String sentence(Random random) {
        return capitalise(SUBJECTS[random.nextInt(SUBJECTS.length)]) + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + ENDINGS[random.nextInt(ENDINGS.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
