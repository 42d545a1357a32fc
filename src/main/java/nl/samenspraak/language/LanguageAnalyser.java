package nl.samenspraak.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The language pipeline for other features: language detection, sentences, stems, keyphrases and the
 * two classifiers (factor of the Gespreksmodel Vitaal Samenwerken; problem or future framing). Offline
 * and deterministic: the same input always gives the same output. The classifiers are trained at
 * start-up from the examples in {@code dialogues/nlp/}. Languages are {@code nl} and {@code en}.
 */
@Service
public class LanguageAnalyser {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    /** How many keyphrases {@link #analyse} returns at most. */
    public static final int KEYPHRASES_PER_TEXT = 10;

    private static final Logger log = LoggerFactory.getLogger(LanguageAnalyser.class);

    private final LanguageDetection detection = new LanguageDetection();
    private final Map<String, Pipeline> pipelines;

    LanguageAnalyser(LanguageProperties properties) {
        long start = System.nanoTime();
        UserModels models = UserModels.load(properties.modelsDir());
        pipelines = Map.of("nl", new Pipeline("nl", models), "en", new Pipeline("en", models));
        log.info("Language pipeline ready in {} ms: classifiers trained for {} from {}", (System.nanoTime() - start) / 1_000_000,
                LANGUAGES, ShippedFiles.FOLDER);
    }

    /** Analyses a text; its language is detected, and is {@code fallbackLanguage} when that is not reliable. */
    public Analysis analyse(String text, String fallbackLanguage) {
        String language = detectLanguage(text, fallbackLanguage);
        Pipeline pipeline = pipelines.get(language);
        List<String> keyphrases = pipeline.keyphrases(List.of(text), KEYPHRASES_PER_TEXT).stream().map(Keyphrase::phrase).toList();
        return new Analysis(language, pipeline.sentences(text), keyphrases, pipeline.factor(text), pipeline.framing(text));
    }

    /**
     * {@code nl} or {@code en}: the language of the text, or {@code fallbackLanguage} for a text too short
     * to tell (under 40 characters), in another language, or too close to call.
     */
    public String detectLanguage(String text, String fallbackLanguage) {
        pipeline(fallbackLanguage); // refuses a fallback other than nl or en
        return detection.detect(Objects.requireNonNull(text, "text"), fallbackLanguage);
    }

    public List<String> sentences(String text, String language) {
        return pipeline(language).sentences(text);
    }

    /** The stems of the words in a text that are not stop words, in order; for grouping texts by theme. */
    public List<String> stems(String text, String language) {
        return words(text, language).stream().map(StemmedWord::stem).toList();
    }

    /** The words in a text that are not stop words, in order, each with its stem. */
    public List<StemmedWord> words(String text, String language) {
        return pipeline(language).contentWords(text);
    }

    /** The factor of the Gespreksmodel Vitaal Samenwerken a text speaks to, and how confidently. */
    public Classification factor(String text, String language) {
        return pipeline(language).factor(text);
    }

    /** Whether a text is framed as a {@code problem} or as a {@code future}, and how confidently. */
    public Classification framing(String text, String language) {
        return pipeline(language).framing(text);
    }

    /**
     * The keyphrases of a set of texts taken together (for example all answers to one question), best
     * first; each says which of the texts contain it.
     */
    public List<Keyphrase> keyphrases(List<String> texts, String language, int limit) {
        return pipeline(language).keyphrases(texts, limit);
    }

    private Pipeline pipeline(String language) {
        Pipeline pipeline = language == null ? null : pipelines.get(language);
        if (pipeline == null) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", not " + language);
        }
        return pipeline;
    }
}
