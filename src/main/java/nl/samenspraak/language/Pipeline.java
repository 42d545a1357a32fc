package nl.samenspraak.language;

import nl.samenspraak.language.ShippedFiles.Example;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Everything the analyser does for one language: sentences, tokens, stems, stop words, keyphrases and
 * the two classifiers, trained here from the shipped examples. Tokenizer and sentence detector are the
 * user's OpenNLP models when {@link UserModels} has them for this language, else the built-in rules.
 */
final class Pipeline {

    private final String language;
    private final Supplier<Tokenizer> tokenizer;
    private final Supplier<SentenceDetector> sentenceDetector;
    private final Set<String> stopWords;
    private final Categorizer factors;
    private final Categorizer framing;
    private final KeyphraseExtractor keyphrases;

    Pipeline(String language, UserModels models) {
        this.language = language;
        Abbreviations abbreviations = Abbreviations.of(language);
        this.tokenizer = tokenizer(models.tokenizers().get(language), new RuleTokenizer(abbreviations));
        this.sentenceDetector = sentenceDetector(models.sentenceDetectors().get(language), new RuleSentenceDetector(abbreviations));
        this.stopWords = Set.copyOf(ShippedFiles.lines("stopwords-" + language + ".txt").stream().map(Pipeline::normalise).toList());
        List<Example> factorExamples = factorExamples(language);
        List<Example> framingExamples = framingExamples(language);
        this.factors = Categorizer.train(language, factorExamples, this::features);
        this.framing = Categorizer.train(language, framingExamples, this::features);
        this.keyphrases = new KeyphraseExtractor(Stream.concat(factorExamples.stream(), framingExamples.stream())
                .map(example -> contentWords(example.text()).stream().map(StemmedWord::stem).toList()).toList());
    }

    static List<Example> factorExamples(String language) {
        return ShippedFiles.examples("factors-" + language + ".txt");
    }

    static List<Example> framingExamples(String language) {
        return ShippedFiles.examples("framing-" + language + ".txt");
    }

    List<String> sentences(String text) {
        return Arrays.asList(sentenceDetector.get().sentDetect(text));
    }

    String[] tokens(String text) {
        return tokenizer.get().tokenize(text);
    }

    /** The words of one sentence, each with its stem and whether it can be part of a keyphrase. */
    List<Word> words(String sentence) {
        SnowballStemmer stemmer = stemmer();
        List<Word> words = new ArrayList<>();
        for (String token : tokens(sentence)) {
            String normal = normalise(token);
            boolean word = normal.codePoints().anyMatch(Character::isLetter);
            boolean content = word && normal.length() >= 2 && !stopWords.contains(normal);
            words.add(new Word(token, word ? stem(stemmer, normal) : null, content));
        }
        return words;
    }

    /** The content words of a text (no stop words, no punctuation), in order. */
    List<StemmedWord> contentWords(String text) {
        return sentences(text).stream().flatMap(sentence -> words(sentence).stream())
                .filter(Word::content).map(word -> new StemmedWord(word.surface(), word.stem())).toList();
    }

    /** Classifier features: the stem of every token with a letter or digit, stop words included. */
    String[] features(String text) {
        SnowballStemmer stemmer = stemmer();
        return Arrays.stream(tokens(text)).map(Pipeline::normalise)
                .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(token -> stem(stemmer, token))
                .toArray(String[]::new);
    }

    Classification factor(String text) {
        return factors.classify(text);
    }

    Classification framing(String text) {
        return framing.classify(text);
    }

    List<Keyphrase> keyphrases(List<String> texts, int limit) {
        return keyphrases.extract(texts.stream().map(text -> sentences(text).stream().map(this::words).toList()).toList(), limit);
    }

    private SnowballStemmer stemmer() {
        // A stemmer per call: Snowball stemmers keep state while they work and are not thread-safe.
        return new SnowballStemmer(language.equals("nl") ? SnowballStemmer.ALGORITHM.DUTCH : SnowballStemmer.ALGORITHM.ENGLISH);
    }

    /** Lower case with one kind of apostrophe, so that "Zo’n" and "zo'n" are the same word. */
    private static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Stems a normalised token; a final "'s" (Dutch "auto's", English "partner's") and final dots go first. */
    private static String stem(SnowballStemmer stemmer, String token) {
        String word = token.length() > 3 && token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        while (word.length() > 1 && word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
        }
        return stemmer.stem(word).toString();
    }

    private static Supplier<Tokenizer> tokenizer(TokenizerModel model, Tokenizer fallback) {
        // TokenizerME keeps per-call state, so each use gets its own; the rules are stateless.
        return model == null ? () -> fallback : () -> new TokenizerME(model);
    }

    private static Supplier<SentenceDetector> sentenceDetector(SentenceModel model, SentenceDetector fallback) {
        return model == null ? () -> fallback : () -> new SentenceDetectorME(model);
    }
}
