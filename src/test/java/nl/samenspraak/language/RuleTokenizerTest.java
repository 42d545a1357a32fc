package nl.samenspraak.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTokenizerTest {

    private final RuleTokenizer dutch = new RuleTokenizer(Abbreviations.of("nl"));
    private final RuleTokenizer english = new RuleTokenizer(Abbreviations.of("en"));

    @Test
    void keepsDutchWordsWithApostrophesAndHyphensWhole() {
        assertThat(dutch.tokenize("Zo'n auto's, e-mail en 75-plussers; zo’n buurt-app!"))
                .containsExactly("Zo'n", "auto's", ",", "e-mail", "en", "75-plussers", ";", "zo’n", "buurt-app", "!");
    }

    @Test
    void keepsKnownAbbreviationsWithTheirDotsAndSplitsOtherFullStops() {
        assertThat(dutch.tokenize("O.a. de buurt, d.w.z. de wijk, bijv. Oost. Klaar."))
                .containsExactly("O.a.", "de", "buurt", ",", "d.w.z.", "de", "wijk", ",", "bijv.", "Oost", ".", "Klaar", ".");
    }

    @Test
    void keepsNumbersAndElisionsTogether() {
        assertThat(dutch.tokenize("Om 10:30 uur, 2,5 keer per week, 's avonds..."))
                .containsExactly("Om", "10:30", "uur", ",", "2,5", "keer", "per", "week", ",", "'s", "avonds", "...");
    }

    @Test
    void keepsEnglishContractionsWhole() {
        assertThat(english.tokenize("We don't know, e.g. the partner's view."))
                .containsExactly("We", "don't", "know", ",", "e.g.", "the", "partner's", "view", ".");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Wij   willen\tmeer. ";
        assertThat(dutch.tokenizePos(text)).extracting(span -> span.getCoveredText(text).toString())
                .containsExactly("Wij", "willen", "meer", ".");
    }
}
