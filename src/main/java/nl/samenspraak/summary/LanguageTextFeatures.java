package nl.samenspraak.summary;

import nl.samenspraak.language.LanguageAnalyser;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The summary's text features from the language pipeline: its stemmer and stop words, its factor classifier. */
@Component
class LanguageTextFeatures implements TextFeatures {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    private final LanguageAnalyser analyser;

    LanguageTextFeatures(LanguageAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public List<Term> terms(String text, String language) {
        List<Term> terms = new ArrayList<>();
        for (String word : NOT_A_LETTER.split(text)) {
            if (!word.isBlank()) {
                // One word at a time, so each stem keeps the word it came from; stop words give no stem.
                analyser.stems(word, language).forEach(stem -> terms.add(new Term(stem, word.toLowerCase(java.util.Locale.ROOT))));
            }
        }
        return terms;
    }

    @Override
    public String factor(String text, String language) {
        return analyser.analyse(text, language).factor().label();
    }
}
