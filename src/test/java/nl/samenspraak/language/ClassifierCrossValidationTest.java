package nl.samenspraak.language;

import nl.samenspraak.language.ShippedFiles.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Honest figures for the two classifiers: k-fold cross-validation on the shipped examples, with a
 * deterministic split (example i is tested in fold i mod k; the files list each label in a block, so
 * every fold holds every label in proportion). The figures are printed for docs/language.md, and the test
 * fails when a classifier drops to a floor clearly above chance.
 */
class ClassifierCrossValidationTest {

    private static final int FOLDS = 5;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // classifier, language, labels, floor: chance (1 / labels) plus a margin the real figure clears
            "factor,  nl, 5, 0.45",
            "framing, nl, 2, 0.68",
            "factor,  en, 5, 0.45",
            "framing, en, 2, 0.65",
            "vague,   nl, 2, 0.7",
            "vague,   en, 2, 0.65",
    })
    void accuracyIsWellAboveChance(String classifier, String language, int labels, double floor) {
        Pipeline pipeline = new Pipeline(language, UserModels.none());
        List<Example> examples = Pipeline.examples(classifier.equals("factor") ? "factors" : classifier, language);
        assertThat(examples.stream().map(Example::label).distinct()).hasSize(labels);

        int correct = 0;
        double confidenceRight = 0;
        double confidenceWrong = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % FOLDS == fold ? test : training).add(examples.get(i));
            }
            Categorizer categorizer = Categorizer.train(language, training,
                    classifier.equals("vague") ? pipeline::specificityFeatures : pipeline::features);
            for (Example example : test) {
                Classification result = categorizer.classify(example.text());
                if (result.label().equals(example.label())) {
                    correct++;
                    confidenceRight += result.confidence();
                } else {
                    confidenceWrong += result.confidence();
                }
            }
        }
        int n = examples.size();
        double accuracy = (double) correct / n;
        System.out.printf(Locale.ROOT, "%s classifier (%s): %d-fold accuracy %.3f (n=%d, %d labels, chance %.2f);"
                        + " mean confidence %.2f when right, %.2f when wrong%n", classifier, language, FOLDS, accuracy, n, labels,
                1.0 / labels, confidenceRight / correct, confidenceWrong / Math.max(1, n - correct));
        assertThat(accuracy).isGreaterThan(floor);
    }
}
