package nl.samenspraak.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The language pipeline for other features: language detection, sentences, lemmas, term profiles,
 * keyphrases, traits and the classifiers (factor of the Gespreksmodel Vitaal Samenwerken; problem or future
 * framing; vague or concrete). Offline and deterministic: the same input always gives the same output. The
 * classifiers are trained at start-up from the examples in {@code dialogues/nlp/}. Languages are {@code nl}
 * and {@code en}. A text's profile, factor and traits are computed once and kept, keyed by the text and the
 * language asked for, so that a summary asked for again does not analyse every answer again.
 */
@Service
public class LanguageAnalyser {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    /** How many keyphrases {@link #analyse} returns at most. */
    public static final int KEYPHRASES_PER_TEXT = 10;
    /** Below this confidence the factor classifier's verdict is not shown: the text stays unassigned. */
    public static final double FACTOR_CONFIDENCE = 0.3;
    public static final String UNASSIGNED = "unassigned";
    /** How sure the framing classifier must be before an answer counts as problem-framed. */
    static final double PROBLEM_CONFIDENCE = 0.7;
    /** How sure the specificity classifier must be before an answer counts as vague. */
    static final double VAGUE_CONFIDENCE = 0.5;
    /** Fewer words than this make an answer short. */
    static final int SHORT_WORDS = 4;
    private static final int EVIDENCE = 4;
    private static final int CACHED_TEXTS = 50_000;

    private static final Logger log = LoggerFactory.getLogger(LanguageAnalyser.class);

    private final LanguageDetection detection = new LanguageDetection();
    private final Map<String, Pipeline> pipelines;
    private final Cache<Key, Known> known = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();
    /** The term keys of a question's prompt per language: every summary asks them again. */
    private final Cache<Key, List<String>> termKeys = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();

    private record Key(String text, String fallbackLanguage) {
    }

    /** What is kept of a text: its language, sentences, profile, factor and traits. */
    private record Known(String language, List<String> sentences, TextProfile profile, Classification factor,
                         List<Trait> traits) {
    }

    LanguageAnalyser(LanguageProperties properties) {
        long start = System.nanoTime();
        UserModels models = UserModels.load(properties.modelsDir());
        pipelines = Map.of("nl", new Pipeline("nl", models), "en", new Pipeline("en", models));
        log.info("Language pipeline ready in {} ms: dictionaries, lexicon and classifiers for {} from {}",
                (System.nanoTime() - start) / 1_000_000, LANGUAGES, ShippedFiles.FOLDER);
    }

    /** Analyses a text; its language is detected, and is {@code fallbackLanguage} when that is not reliable. */
    public Analysis analyse(String text, String fallbackLanguage) {
        Known known = known(text, fallbackLanguage);
        Pipeline pipeline = pipelines.get(known.language());
        List<String> keyphrases = pipeline.keyphrases(List.of(text), KEYPHRASES_PER_TEXT).stream().map(Keyphrase::phrase).toList();
        return new Analysis(known.language(), pipeline.sentences(text), keyphrases, known.factor(),
                pipeline.framing(text), known.traits());
    }

    /**
     * {@code nl} or {@code en}: the language of the text, or {@code fallbackLanguage} when it is in another
     * language or too close to call. A text too short for the detector model ("Subsidie voor ontmoeting")
     * goes by the dictionaries: the language that knows more of its words, if one does.
     */
    public String detectLanguage(String text, String fallbackLanguage) {
        pipeline(fallbackLanguage); // refuses a fallback other than nl or en
        Objects.requireNonNull(text, "text");
        if (!LanguageDetection.tooShort(text)) {
            return detection.detect(text, fallbackLanguage);
        }
        String fallback = pipelines.get(fallbackLanguage).language();
        String other = fallback.equals("nl") ? "en" : "nl";
        return pipelines.get(other).knownWords(text) > pipelines.get(fallback).knownWords(text) ? other : fallback;
    }

    /** What a text is about, in the language it is written in: weighted terms and noun phrases. */
    public TextProfile profile(String text, String fallbackLanguage) {
        return known(text, fallbackLanguage).profile();
    }

    /** The lemmas of the content words of a text in a given language, in order: a question's own words. */
    public List<String> lemmas(String text, String language) {
        return pipeline(language).contentWords(text).stream().map(Token::lemma).toList();
    }

    /**
     * The term key of each content word of a text in a given language, as its profile counts it (a lexicon
     * concept, else the lemma): a question's own words, to keep out of the themes of its answers.
     */
    public List<String> termKeys(String text, String language) {
        return termKeys.get(new Key(Objects.requireNonNull(text, "text"), language),
                key -> List.copyOf(pipeline(language).termKeys(text)));
    }

    public List<String> sentences(String text, String language) {
        return pipeline(language).sentences(text);
    }

    /** The sentences of a text, split in the language it is written in ({@code fallbackLanguage} when unsure). */
    public List<String> sentencesInItsLanguage(String text, String fallbackLanguage) {
        return known(text, fallbackLanguage).sentences();
    }

    /**
     * The factor of the Gespreksmodel Vitaal Samenwerken a text speaks to, in the language it is written in;
     * {@link #UNASSIGNED} (with the best factor's confidence) when the classifier is not sure enough.
     */
    public Classification factor(String text, String fallbackLanguage) {
        return known(text, fallbackLanguage).factor();
    }

    /** Whether a text is framed as a {@code problem} or as a {@code future}, and how confidently. */
    public Classification framing(String text, String language) {
        return pipeline(language).framing(text);
    }

    /** Whether a text is {@code vague} or {@code concrete}, and how confidently. */
    public Classification specificity(String text, String language) {
        return pipeline(language).specificity(text);
    }

    /** The condition a commitment is tied to ("als de financiering structureel is"), or null when it has none. */
    public String condition(String text, String fallbackLanguage) {
        return pipeline(detectLanguage(text, fallbackLanguage)).condition(text);
    }

    /** The traits of an answer ({@link Trait}), detected in the language it is written in. */
    public List<Trait> traits(String text, String fallbackLanguage) {
        return known(text, fallbackLanguage).traits();
    }

    /**
     * The keyphrases of a set of texts taken together (for example all answers to one question), best
     * first; each says which of the texts contain it.
     */
    public List<Keyphrase> keyphrases(List<String> texts, String language, int limit) {
        return pipeline(language).keyphrases(texts, limit);
    }

    private Known known(String text, String fallbackLanguage) {
        return known.get(new Key(Objects.requireNonNull(text, "text"), fallbackLanguage), key -> {
            String language = detectLanguage(key.text(), key.fallbackLanguage());
            Pipeline pipeline = pipelines.get(language);
            Classification best = pipeline.factor(key.text());
            Classification factor = best.confidence() >= FACTOR_CONFIDENCE ? best
                    : new Classification(UNASSIGNED, best.confidence());
            return new Known(language, List.copyOf(pipeline.sentences(key.text())), pipeline.profile(key.text()), factor,
                    traits(pipeline, key.text()));
        });
    }

    private static List<Trait> traits(Pipeline pipeline, String text) {
        List<Trait> traits = new ArrayList<>();
        if (text.isBlank()) {
            return traits;
        }
        List<Token> words = pipeline.tokenSentences(text).stream().flatMap(List::stream).filter(t -> t.lemma() != null).toList();
        if (words.size() < SHORT_WORDS) {
            traits.add(new Trait(Trait.SHORT, words.stream().map(Token::surface).toList()));
        }
        Classification specificity = pipeline.specificity(text);
        if (specificity.label().equals("vague") && specificity.confidence() >= VAGUE_CONFIDENCE) {
            Specificity named = pipeline.specificityOf(text);
            List<String> evidence = new ArrayList<>(named.containers());
            if (evidence.isEmpty()) {
                evidence.addAll(pipeline.evidence(text, "specificity", "vague", EVIDENCE));
            }
            traits.add(new Trait(Trait.VAGUE, evidence.stream().limit(EVIDENCE).toList()));
        }
        Classification framing = pipeline.framing(text);
        if (framing.label().equals("problem") && framing.confidence() >= PROBLEM_CONFIDENCE) {
            traits.add(new Trait(Trait.PROBLEM_FRAMED, pipeline.evidence(text, "framing", "problem", EVIDENCE)));
        }
        return List.copyOf(traits);
    }

    private Pipeline pipeline(String language) {
        Pipeline pipeline = language == null ? null : pipelines.get(language);
        if (pipeline == null) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", not " + language);
        }
        return pipeline;
    }
}
