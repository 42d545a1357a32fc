package nl.samenspraak.language;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.web.ApiException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Analyses one text on request: public, since it reads nothing and stores nothing. */
@RestController
@RequestMapping("/api/language")
@Tag(name = "Language", description = "Language detection, sentences, keyphrases, factor and framing of a text")
class LanguageController {

    static final int MAX_LENGTH = 5000;

    private final LanguageAnalyser analyser;

    LanguageController(LanguageAnalyser analyser) {
        this.analyser = analyser;
    }

    /** {@code language} is the conversation's language: the answer when the text is too short to tell. */
    record AnalyseBody(String text, String language) {
    }

    @PostMapping("/analyse")
    @Operation(summary = "Analyse a text: language, sentences, keyphrases, factor and framing")
    Analysis analyse(@RequestBody AnalyseBody body) {
        if (body.text() == null || body.text().isBlank()) {
            throw ApiException.invalid("text", "text is required and must not be blank");
        }
        if (body.text().codePointCount(0, body.text().length()) > MAX_LENGTH) {
            throw ApiException.invalid("text", "text may be at most " + MAX_LENGTH + " characters");
        }
        if (body.language() == null || !LanguageAnalyser.LANGUAGES.contains(body.language())) {
            throw ApiException.invalid("language", "language must be one of " + LanguageAnalyser.LANGUAGES);
        }
        return analyser.analyse(body.text(), body.language());
    }
}
