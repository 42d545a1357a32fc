package nl.samenspraak.summary;

import nl.samenspraak.language.LanguageAnalyser;
import nl.samenspraak.language.TextProfile;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The summary's text features from the language pipeline, which keeps what it computed per text. */
@Component
class LanguageTextFeatures implements TextFeatures {

    private final LanguageAnalyser analyser;

    LanguageTextFeatures(LanguageAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public List<String> sentences(String text, String language) {
        return analyser.sentencesInItsLanguage(text, language);
    }

    @Override
    public TextProfile profile(String text, String language) {
        return analyser.profile(text, language);
    }

    @Override
    public String factor(String text, String language) {
        return analyser.factor(text, language).label();
    }

    @Override
    public String condition(String text, String language) {
        return analyser.condition(text, language);
    }

    @Override
    public Set<String> questionKeys(List<String> prompts) {
        Set<String> keys = new HashSet<>();
        for (String prompt : prompts) {
            for (String language : LanguageAnalyser.LANGUAGES) {
                keys.addAll(analyser.termKeys(prompt, language));
            }
        }
        return keys;
    }
}
