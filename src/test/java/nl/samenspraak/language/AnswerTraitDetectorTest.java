package nl.samenspraak.language;

import org.junit.jupiter.api.Test;

import static nl.samenspraak.dialogue.AnswerTrait.PROBLEM_FRAMED;
import static nl.samenspraak.dialogue.AnswerTrait.VAGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The answer analysis behind the probes, with the real pipeline and the shipped word lists. */
class AnswerTraitDetectorTest {

    private static final AnswerTraitDetector detector =
            new AnswerTraitDetector(new LanguageAnalyser(new LanguageProperties(null)));

    @Test
    void anAnswerAboutWhatGoesWrongIsProblemFramed() {
        assertThat(detector.traits("Er is te weinig personeel en de wachtlijsten zijn te lang", "nl")).contains(PROBLEM_FRAMED);
        assertThat(detector.traits("There are too few staff and the waiting lists are too long", "en")).contains(PROBLEM_FRAMED);
    }

    @Test
    void anAnswerAboutTheWantedFutureIsNot() {
        assertThat(detector.traits("Over drie jaar heeft elke wijk een ontmoetingsplek waar ouderen elkaar dagelijks zien", "nl"))
                .doesNotContain(PROBLEM_FRAMED);
        assertThat(detector.traits("meer betekenisvol contact", "nl")).as("leans to problem, but not confidently")
                .doesNotContain(PROBLEM_FRAMED);
        assertThat(detector.traits("Every neighbourhood has a meeting place where older people meet each other daily", "en"))
                .doesNotContain(PROBLEM_FRAMED);
    }

    @Test
    void anAnswerOfGenericWordsIsVague() {
        assertThat(detector.traits("gewoon goed samenwerken", "nl")).contains(VAGUE);
        assertThat(detector.traits("Betere communicatie en fijne samenwerking tussen mensen", "nl")).contains(VAGUE);
        assertThat(detector.traits("Good cooperation and better communication between people", "en")).contains(VAGUE);
    }

    @Test
    void aConcreteAnswerIsNot() {
        assertThat(detector.traits("Een inloop in het buurthuis, elke dinsdag", "nl")).isEmpty();
        assertThat(detector.traits("Elke dorpskern heeft in 2027 een wekelijkse ontmoetingsplek met vrijwilligers uit de buurt", "nl"))
                .isEmpty();
        assertThat(detector.traits("A weekly drop-in at the community centre, every Tuesday", "en")).isEmpty();
    }

    @Test
    void anEmptyAnswerHasNoTraits() {
        assertThat(detector.traits("  ", "nl")).isEmpty();
    }
}
