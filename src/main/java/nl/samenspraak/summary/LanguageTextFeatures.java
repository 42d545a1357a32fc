package nl.samenspraak.summary;

import nl.samenspraak.language.LanguageAnalyser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The summary's text features from the language pipeline: its stemmer and stop words, its factor classifier. */
@Component
class LanguageTextFeatures implements TextFeatures {

    private final LanguageAnalyser analyser;

    LanguageTextFeatures(LanguageAnalyser analyser) {
        this.analyser = analyser;
    }

    /**
     * Words are stemmed in the language the text is written in (the summary's language only where the text is
     * too short to tell), so that a summary read in English finds the same themes in Dutch answers.
     */
    @Override
    public List<Term> terms(String text, String language) {
        return analyser.words(text, analyser.detectLanguage(text, language)).stream()
                .map(w -> new Term(w.stem(), w.word().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public String factor(String text, String language) {
        return analyser.factor(text, analyser.detectLanguage(text, language)).label();
    }
}
