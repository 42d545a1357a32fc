package nl.samenspraak.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Which of the two languages a text is in, by OpenNLP's language detector (the model
 * {@code langdetect-183.bin} from the Maven artifact {@code opennlp-models-langdetect}, 103 languages).
 * Short texts say too little: under {@value #MIN_LENGTH} characters the fallback (the conversation's
 * language) is the answer. So it is when the detector's best guess is another language (short Dutch is
 * easily taken for Afrikaans or Frisian), or when Dutch and English score too close to call.
 */
final class LanguageDetection {

    private static final int MIN_LENGTH = 40;
    /** How much more likely the winner must be than the other supported language. */
    private static final double MIN_RATIO = 1.5;

    private static final Logger log = LoggerFactory.getLogger(LanguageDetection.class);
    private static final String MODEL = "langdetect-183.bin";
    private static final Map<String, String> SUPPORTED = Map.of("nld", "nl", "eng", "en");

    /** One model for the whole process, however many analysers there are (tests make several). */
    private static CompletableFuture<LanguageDetectorModel> shared;

    private final CompletableFuture<LanguageDetectorModel> model = startLoading();

    /** The model is 10 MB and takes a second or two to read; it loads beside the rest of start-up. */
    private static synchronized CompletableFuture<LanguageDetectorModel> startLoading() {
        if (shared == null) {
            shared = CompletableFuture.supplyAsync(LanguageDetection::load, task -> {
                Thread thread = new Thread(task, "langdetect-model");
                thread.setDaemon(true);
                thread.start();
            });
            // Say so at start-up, not only at the first request that needs the model.
            shared.whenComplete((loaded, failure) -> {
                if (failure != null) {
                    log.error("The language detector cannot be used; every text will get its fallback language", failure);
                }
            });
        }
        return shared;
    }

    /** Whether a text is too short for the detector model to tell its language. */
    static boolean tooShort(String text) {
        return text.strip().length() < MIN_LENGTH;
    }

    String detect(String text, String fallback) {
        String stripped = text.strip();
        if (tooShort(stripped)) {
            return fallback;
        }
        LanguageDetectorModel loaded = model.exceptionally(failure -> null).join();
        if (loaded == null) {
            return fallback;
        }
        Language[] guesses = new LanguageDetectorME(loaded).predictLanguages(stripped);
        String best = SUPPORTED.get(guesses[0].getLang());
        if (best == null) {
            return fallback;
        }
        double other = Arrays.stream(guesses)
                .filter(guess -> SUPPORTED.containsKey(guess.getLang()) && !SUPPORTED.get(guess.getLang()).equals(best))
                .mapToDouble(Language::getConfidence).findFirst().orElse(0);
        return guesses[0].getConfidence() >= MIN_RATIO * other ? best : fallback;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = Optional.ofNullable(LanguageDetection.class.getClassLoader().getResourceAsStream(MODEL))
                .orElseThrow(() -> new IllegalStateException("The language detector model " + MODEL
                        + " is not on the classpath; it comes with org.apache.opennlp:opennlp-models-langdetect"))) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language detector model " + MODEL, e);
        }
    }
}
