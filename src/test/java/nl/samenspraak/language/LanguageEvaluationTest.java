package nl.samenspraak.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language pipeline on the evaluation set {@code src/test/resources/language-eval/statements-<lang>.tsv}:
 * statements written for this project by another hand than the training examples, in the register of partners
 * in interviews and evaluations, labelled by the Gespreksmodel's definitions, and never used for training.
 * Prints factor accuracy and macro-F1 beside a majority and a keyword baseline, framing accuracy, and vague
 * precision and recall, and fails below the floors. An unassigned statement counts as wrong.
 */
class LanguageEvaluationTest {

    private static final LanguageAnalyser analyser = new LanguageAnalyser(new LanguageProperties(null));
    private static final List<String> FACTORS = List.of("relatie", "samenstelling", "ambitie", "belangen", "organisatie-proces");
    /** The keyword baseline: a few obvious words per factor, the most hits wins (ties: the first factor listed). */
    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "relatie", List.of("vertrouwen", "open", "relatie", "respect", "elkaar", "trust", "relationship"),
            "samenstelling", List.of("tafel", "partij", "trekker", "ontbreken", "missen", "table", "missing", "lead"),
            "ambitie", List.of("doel", "ambitie", "visie", "urgentie", "bereiken", "goal", "ambition", "vision"),
            "belangen", List.of("belang", "geld", "budget", "betalen", "financiering", "interest", "money", "pay"),
            "organisatie-proces", List.of("overleg", "vergadering", "besluit", "tijd", "afspraak", "meeting", "decision", "time"));

    record Statement(String factor, String framing, String specificity, String text) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nl", "en"})
    void noEvaluationStatementIsATrainingExample(String language) {
        String training = String.join("\n", List.of("factors", "framing", "vague").stream()
                .map(kind -> ShippedFiles.text(kind + "-" + language + ".txt")).toList()).toLowerCase(Locale.ROOT);
        assertThat(statements(language)).noneMatch(s -> training.contains(s.text().toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // language, floors: factor accuracy, framing accuracy, vague precision, vague recall
            "nl, 0.55, 0.80, 0.55, 0.55",
            "en, 0.45, 0.75, 0.45, 0.45",
    })
    void figuresOnTheEvaluationSet(String language, double factorFloor, double framingFloor, double vaguePrecisionFloor,
                                   double vagueRecallFloor) {
        List<Statement> statements = statements(language);
        int n = statements.size();
        int factorRight = 0;
        int keywordRight = 0;
        int unassigned = 0;
        Map<String, int[]> confusion = new LinkedHashMap<>(); // per factor: true positives, predicted, actual
        FACTORS.forEach(f -> confusion.put(f, new int[3]));
        int framed = 0;
        int framingRight = 0;
        int problemTrue = 0;
        int problemPredicted = 0;
        int problemActual = 0;
        int vagueTrue = 0;
        int vaguePredicted = 0;
        int vagueActual = 0;
        for (Statement s : statements) {
            String predicted = analyser.factor(s.text(), language).label();
            factorRight += predicted.equals(s.factor()) ? 1 : 0;
            unassigned += predicted.equals(LanguageAnalyser.UNASSIGNED) ? 1 : 0;
            keywordRight += keyword(s.text(), language).equals(s.factor()) ? 1 : 0;
            confusion.get(s.factor())[2]++;
            if (confusion.containsKey(predicted)) {
                confusion.get(predicted)[1]++;
                if (predicted.equals(s.factor())) {
                    confusion.get(predicted)[0]++;
                }
            }
            if (!s.framing().equals("-")) {
                framed++;
                String framing = analyser.framing(s.text(), language).label();
                framingRight += framing.equals(s.framing()) ? 1 : 0;
            }
            List<Trait> traits = analyser.traits(s.text(), language);
            boolean problem = traits.stream().anyMatch(t -> t.trait().equals(Trait.PROBLEM_FRAMED));
            problemPredicted += problem ? 1 : 0;
            problemActual += s.framing().equals("problem") ? 1 : 0;
            problemTrue += problem && s.framing().equals("problem") ? 1 : 0;
            boolean vague = traits.stream().anyMatch(t -> t.trait().equals(Trait.VAGUE));
            boolean actuallyVague = s.specificity().equals("vague");
            vaguePredicted += vague ? 1 : 0;
            vagueActual += actuallyVague ? 1 : 0;
            vagueTrue += vague && actuallyVague ? 1 : 0;
        }
        String majority = statements.stream().map(Statement::factor)
                .collect(java.util.stream.Collectors.groupingBy(f -> f, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        long majorityRight = statements.stream().filter(s -> s.factor().equals(majority)).count();
        double macroF1 = confusion.values().stream().mapToDouble(c -> {
            double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).average().orElse(0);
        double factorAccuracy = (double) factorRight / n;
        double framingAccuracy = (double) framingRight / framed;
        double vaguePrecision = vaguePredicted == 0 ? 0 : (double) vagueTrue / vaguePredicted;
        double vagueRecall = (double) vagueTrue / vagueActual;
        System.out.printf(Locale.ROOT, "evaluation (%s, n=%d): factor accuracy %.3f, macro-F1 %.3f, unassigned %d;"
                        + " baselines: majority (%s) %.3f, keywords %.3f%n", language, n, factorAccuracy, macroF1, unassigned,
                majority, (double) majorityRight / n, (double) keywordRight / n);
        System.out.printf(Locale.ROOT, "evaluation (%s): framing accuracy %.3f (n=%d); vague precision %.3f, recall %.3f"
                + " (%d vague of %d); problem-framed trait precision %.3f, recall %.3f (%d problem-framed)%n", language,
                framingAccuracy, framed, vaguePrecision, vagueRecall, vagueActual, n,
                problemPredicted == 0 ? 0 : (double) problemTrue / problemPredicted, (double) problemTrue / problemActual, problemActual);
        assertThat(factorAccuracy).isGreaterThan(factorFloor).isGreaterThan((double) keywordRight / n);
        assertThat(framingAccuracy).isGreaterThan(framingFloor);
        assertThat(vaguePrecision).isGreaterThan(vaguePrecisionFloor);
        assertThat(vagueRecall).isGreaterThan(vagueRecallFloor);
        assertThat((double) problemTrue / Math.max(1, problemPredicted)).as("problem-framed precision").isGreaterThan(0.75);
        assertThat((double) problemTrue / problemActual).as("problem-framed recall").isGreaterThan(0.5);
    }

    private static String keyword(String text, String language) {
        List<String> lemmas = analyser.lemmas(text, language);
        String best = FACTORS.get(0);
        long bestHits = 0;
        for (String factor : FACTORS) {
            long hits = lemmas.stream().filter(l -> KEYWORDS.get(factor).stream().anyMatch(l::startsWith)).count();
            if (hits > bestHits) {
                best = factor;
                bestHits = hits;
            }
        }
        return best;
    }

    static List<Statement> statements(String language) {
        String name = "/language-eval/statements-" + language + ".tsv";
        try (InputStream in = LanguageEvaluationTest.class.getResourceAsStream(name)) {
            List<Statement> statements = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                statements.add(new Statement(columns[0].strip(), columns[1].strip(), columns[2].strip(), columns[3].strip()));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
