package nl.samenspraak.language;

import nl.samenspraak.language.ShippedFiles.Example;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An OpenNLP document categorizer trained from shipped examples. The features are the lemmas of a text,
 * stop words included (framing lives in words like "willen", "straks", "te weinig"), plus their bigrams,
 * and what the pipeline adds (lexicon concepts, shape features). Maximum entropy (GIS, 100 iterations, every feature kept) starts
 * from zero weights and has no randomness, so it gives the same model every time, in well under a second.
 * Naive Bayes scored a little higher in cross-validation, but its confidence was 0.9 or more even when
 * it was wrong; maximum entropy's stays moderate (for the five factors on average 0.49 when right and
 * 0.40 when wrong), and a confidence is only useful when it can be trusted.
 */
final class Categorizer {

    private final DoccatModel model;
    private final Function<String, String[]> features;

    private Categorizer(DoccatModel model, Function<String, String[]> features) {
        this.model = model;
        this.features = features;
    }

    static Categorizer train(String language, List<Example> examples, Function<String, String[]> features) {
        List<DocumentSample> samples = examples.stream()
                .map(example -> new DocumentSample(example.label(), features.apply(example.text())))
                .toList();
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // Training reports every iteration on standard output; start-up would print hundreds of lines.
        parameters.put("PrintMessages", false);
        // Index the events in memory; the default two-pass indexer writes them to a temporary file first.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        try {
            FeatureGenerator[] generators = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
            DoccatModel model = DocumentCategorizerME.train(language, ObjectStreamUtils.createObjectStream(samples),
                    parameters, new DoccatFactory(generators));
            return new Categorizer(model, features);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot train the categorizer for '" + language + "'", e);
        }
    }

    Classification classify(String text) {
        // A categorizer instance per call: DocumentCategorizerME is not documented as thread-safe.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(features.apply(text));
        String best = categorizer.getBestCategory(probabilities);
        double confidence = probabilities[categorizer.getIndex(best)];
        return new Classification(best, Math.round(confidence * 1000) / 1000.0);
    }

    /**
     * The words of a text that weigh most for a label: each word (lemma) is left out in turn, and the ones
     * whose absence lowers the label's probability most are the evidence, strongest first. Shape and concept
     * features are not words a person wrote and are never evidence.
     */
    List<String> evidence(String text, String label, int limit) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        String[] all = features.apply(text);
        int index = categorizer.getIndex(label);
        double full = categorizer.categorize(all)[index];
        Map<String, Double> drops = new LinkedHashMap<>();
        for (String word : new LinkedHashSet<>(Arrays.asList(all))) {
            if (word.startsWith("#") || word.startsWith("c=")) {
                continue;
            }
            String[] without = Arrays.stream(all).filter(f -> !f.equals(word)).toArray(String[]::new);
            double drop = full - categorizer.categorize(without)[index];
            if (drop > 0.01) {
                drops.put(word, drop);
            }
        }
        return drops.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
