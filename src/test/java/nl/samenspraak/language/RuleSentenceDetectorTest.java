package nl.samenspraak.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSentenceDetectorTest {

    private final RuleSentenceDetector dutch = new RuleSentenceDetector(Abbreviations.of("nl"));
    private final RuleSentenceDetector english = new RuleSentenceDetector(Abbreviations.of("en"));

    @Test
    void doesNotSplitAfterDutchAbbreviations() {
        assertThat(dutch.sentDetect("We werken o.a. met de huisarts, d.w.z. de praktijk in Oost. Mevr. Jansen en dhr. "
                + "De Vries doen mee, bijv. Bij de inloop. Dat helpt!"))
                .containsExactly("We werken o.a. met de huisarts, d.w.z. de praktijk in Oost.",
                        "Mevr. Jansen en dhr. De Vries doen mee, bijv. Bij de inloop.", "Dat helpt!");
    }

    @Test
    void splitsAfterAbbreviationsThatCloseASentenceWhenACapitalFollows() {
        assertThat(dutch.sentDetect("Koffie, wandelen enz. Daarna praten we. Het is zo enz. en zo voort."))
                .containsExactly("Koffie, wandelen enz.", "Daarna praten we.", "Het is zo enz. en zo voort.");
    }

    @Test
    void keepsInitialsListNumbersAndLowerCaseContinuationsTogether() {
        assertThat(dutch.sentDetect("Volgens J. de Vries is het zo. 1. Eerst de gemeente. Wat nu? zei ze."))
                .containsExactly("Volgens J. de Vries is het zo.", "1. Eerst de gemeente.", "Wat nu? zei ze.");
    }

    @Test
    void endsSentencesAtQuestionMarksExclamationsQuotesAndLineBreaks() {
        assertThat(dutch.sentDetect("Wie doet mee?! \"Wij.\" (Echt.) Ja\n- Vertrouwen\n* Tijd\n\n• Geld…"))
                .containsExactly("Wie doet mee?!", "\"Wij.\"", "(Echt.)", "Ja", "Vertrouwen", "Tijd", "Geld…");
    }

    @Test
    void knowsEnglishAbbreviations() {
        assertThat(english.sentDetect("Mr. Smith agreed, e.g. on housing. Dr. Jones did not. We meet at 9 a.m. Tomorrow is fine."))
                .containsExactly("Mr. Smith agreed, e.g. on housing.", "Dr. Jones did not.", "We meet at 9 a.m.", "Tomorrow is fine.");
    }

    @Test
    void givesNothingForBlankText() {
        assertThat(dutch.sentDetect(" \n\t ")).isEmpty();
    }
}
