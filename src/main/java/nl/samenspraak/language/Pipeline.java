package nl.samenspraak.language;

import nl.samenspraak.language.ShippedFiles.Example;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
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
 * Everything the analyser does for one language: sentences, tokens with their lemmas, word classes and
 * compound parts, stop words, the domain lexicon, term profiles, keyphrases and the three classifiers
 * (factor, framing, vague or concrete), trained here from the shipped examples. Tokenizer and sentence
 * detector are the user's OpenNLP models when {@link UserModels} has them for this language, else the
 * built-in rules.
 */
final class Pipeline {

    private final String language;
    private final Supplier<Tokenizer> tokenizer;
    private final Supplier<SentenceDetector> sentenceDetector;
    private final Set<String> stopWords;
    private final Lemmatizer lemmatizer;
    private final CompoundSplitter compounds;
    private final Lexicon lexicon;
    private final Set<String> vagueLemmas;
    private final Profiler profiler;
    private final Conditions conditions;
    private final Categorizer factors;
    private final Categorizer framing;
    private final Categorizer specificity;
    private final KeyphraseExtractor keyphrases;

    Pipeline(String language, UserModels models) {
        this.language = language;
        Abbreviations abbreviations = Abbreviations.of(language);
        this.tokenizer = tokenizer(models.tokenizers().get(language), new RuleTokenizer(abbreviations));
        this.sentenceDetector = sentenceDetector(models.sentenceDetectors().get(language), new RuleSentenceDetector(abbreviations));
        this.stopWords = Set.copyOf(ShippedFiles.lines("stopwords-" + language + ".txt").stream().map(Pipeline::normalise).toList());
        this.lemmatizer = new Lemmatizer(language);
        this.compounds = new CompoundSplitter(lemmatizer, language.equals("nl"), stopWords);
        this.lexicon = new Lexicon(language, this::tokens);
        this.vagueLemmas = Set.copyOf(ShippedFiles.lines("vague-words-" + language + ".txt").stream()
                .flatMap(word -> tokens(word).stream()).filter(t -> t.lemma() != null).map(Token::lemma).toList());
        List<Example> factorExamples = examples("factors", language);
        List<Example> framingExamples = examples("framing", language);
        List<Example> vagueExamples = examples("vague", language);
        List<List<Token>> background = Stream.of(factorExamples, framingExamples, vagueExamples).flatMap(List::stream)
                .map(example -> tokens(example.text())).toList();
        this.profiler = new Profiler(lexicon, background);
        this.conditions = new Conditions(language);
        this.factors = Categorizer.train(language, factorExamples, this::features);
        this.framing = Categorizer.train(language, framingExamples, this::features);
        this.specificity = Categorizer.train(language, vagueExamples, this::specificityFeatures);
        this.keyphrases = new KeyphraseExtractor(background.stream()
                .map(tokens -> tokens.stream().filter(Token::content).map(Token::lemma).toList()).toList());
    }

    /** The shipped examples of one classifier ({@code factors}, {@code framing}, {@code vague}). */
    static List<Example> examples(String classifier, String language) {
        return ShippedFiles.examples(classifier + "-" + language + ".txt");
    }

    String language() {
        return language;
    }

    List<String> sentences(String text) {
        return Arrays.asList(sentenceDetector.get().sentDetect(text));
    }

    /** The tagged tokens of one sentence or a short text. */
    List<Token> tokens(String sentence) {
        return lemmatizer.tag(Arrays.asList(tokenizer.get().tokenize(sentence)), stopWords, compounds);
    }

    /** The tagged tokens of a text, sentence by sentence. */
    List<List<Token>> tokenSentences(String text) {
        return sentences(text).stream().map(this::tokens).toList();
    }

    /** How many words of a text this language knows: its stop words and the words of its dictionary. */
    int knownWords(String text) {
        int known = 0;
        for (String token : tokenizer.get().tokenize(text)) {
            String normal = normalise(token);
            if (stopWords.contains(normal) || normal.codePoints().anyMatch(Character::isLetter) && !lemmatizer.readings(token).isEmpty()) {
                known++;
            }
        }
        return known;
    }

    /** The content words of a text (no stop words, no punctuation), in order. */
    List<Token> contentWords(String text) {
        return tokenSentences(text).stream().flatMap(List::stream).filter(Token::content).toList();
    }

    List<String> termKeys(String text) {
        return profiler.keys(tokenSentences(text));
    }

    TextProfile profile(String text) {
        return profiler.profile(language, tokenSentences(text));
    }

    /**
     * Classifier features: the lemma of every word, stop words included (framing lives in words like
     * "willen", "straks", "te weinig"), and the lexicon's concepts, so that "Wmo-budget" and "subsidie" teach
     * the classifier one thing.
     */
    String[] features(String text) {
        List<String> features = new ArrayList<>();
        for (List<Token> sentence : tokenSentences(text)) {
            sentence.stream().filter(t -> t.lemma() != null).forEach(t -> features.add(t.lemma()));
            lexicon.find(sentence).forEach(f -> features.add("c=" + f.concept()));
        }
        return features.toArray(String[]::new);
    }

    /**
     * For telling vague from concrete answers, the words and also the shape of what is named: numbers,
     * names, concrete nouns of the lexicon (places, people, services), and how many content words there are.
     */
    String[] specificityFeatures(String text) {
        List<String> features = new ArrayList<>(Arrays.asList(features(text)));
        features.addAll(Specificity.of(tokenSentences(text), vagueLemmas).features());
        return features.toArray(String[]::new);
    }

    /** The condition clause of a text ("mits de gemeente de schoonmaak betaalt"), or null. */
    String condition(String text) {
        for (List<Token> sentence : tokenSentences(text)) {
            String found = conditions.find(sentence);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    Classification factor(String text) {
        return factors.classify(text);
    }

    Classification framing(String text) {
        return framing.classify(text);
    }

    Classification specificity(String text) {
        return specificity.classify(text);
    }

    /** The words of a text that move a classifier's verdict most towards its label: the evidence shown. */
    List<String> evidence(String text, String classifier, String label, int limit) {
        Categorizer categorizer = switch (classifier) {
            case "factor" -> factors;
            case "framing" -> framing;
            default -> specificity;
        };
        return categorizer.evidence(text, label, limit);
    }

    Specificity specificityOf(String text) {
        return Specificity.of(tokenSentences(text), vagueLemmas);
    }

    List<Keyphrase> keyphrases(List<String> texts, int limit) {
        return keyphrases.extract(texts.stream().map(this::tokenSentences).toList(), limit);
    }

    /** Lower case with one kind of apostrophe, so that "Zo’n" and "zo'n" are the same word. */
    static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Supplier<Tokenizer> tokenizer(TokenizerModel model, Tokenizer fallback) {
        // TokenizerME keeps per-call state, so each use gets its own; the rules are stateless.
        return model == null ? () -> fallback : () -> new TokenizerME(model);
    }

    private static Supplier<SentenceDetector> sentenceDetector(SentenceModel model, SentenceDetector fallback) {
        return model == null ? () -> fallback : () -> new SentenceDetectorME(model);
    }
}
