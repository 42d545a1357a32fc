package nl.samenspraak.language;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public API of the pipeline, without Spring: one analyser, trained once for all tests here. */
class LanguageAnalyserTest {

    private static final LanguageAnalyser analyser = new LanguageAnalyser(new LanguageProperties(null));

    private static final String DUTCH = "Wij willen dat ouderen langer thuis kunnen wonen, in een wijk waar buren naar "
            + "elkaar omkijken. Daarvoor zijn betaalbare woningen nodig en een ontmoetingsplek in de buurt.";
    private static final String ENGLISH = "We want older people to be able to stay at home longer, in a neighbourhood "
            + "where neighbours look out for each other. That needs affordable homes and a meeting place nearby.";

    @Test
    void lemmasJoinSingularAndPlural() {
        assertThat(analyser.lemmas("vrijwilliger vrijwilligers Vrijwilligers", "nl")).containsOnly("vrijwilliger");
        assertThat(analyser.lemmas("zorginstellingen mantelzorgers", "nl")).containsExactly("zorginstelling", "mantelzorger");
        assertThat(analyser.lemmas("volunteer volunteers Volunteers", "en")).containsOnly("volunteer");
    }

    @Test
    void lemmasLeaveOutStopWords() {
        assertThat(analyser.lemmas("Wij denken dat het eigenlijk om de buurt gaat", "nl")).containsExactly("buurt");
    }

    @Test
    void compoundsAreSplitOnTheDictionary() {
        Pipeline dutch = new Pipeline("nl", UserModels.none());
        assertThat(dutch.tokens("ontmoetingsruimte").get(0).parts()).containsExactly("ontmoeting", "ruimte");
        assertThat(dutch.tokens("woningaanpassingen").get(0).parts()).containsExactly("woning", "aanpassing");
        assertThat(dutch.tokens("Wlz-zorgvraag").get(0).parts()).contains("wlz", "zorgvraag", "vraag");
        assertThat(dutch.tokens("samenwerking").get(0).parts()).isEmpty();
        assertThat(dutch.tokens("wijkverpleging").get(0).parts()).containsExactly("wijk", "verpleging");
        assertThat(dutch.tokens("woonbegeleiding").get(0).parts()).containsExactly("woon", "begeleiding");
    }

    @Test
    void aWordIsNotCutIntoSyllablesThatHappenToBeWords() {
        Pipeline dutch = new Pipeline("nl", UserModels.none());
        assertThat(dutch.tokens("jongeren").get(0).parts()).isEmpty();
        assertThat(dutch.tokens("begeleiding").get(0).parts()).isEmpty();
        assertThat(dutch.tokens("verpleging").get(0).parts()).isEmpty();
    }

    @Test
    void aProfileHoldsLemmasCompoundPartsAndConceptsOfTheLexicon() {
        TextProfile budget = analyser.profile("Wmo-budget", "nl");
        TextProfile funding = analyser.profile("financiering", "nl");
        assertThat(budget.similarity(funding)).isPositive();
        assertThat(analyser.profile("ontmoetingsruimte in het wooncomplex", "nl")
                .similarity(analyser.profile("vaste plek voor ontmoeting in het wooncomplex", "nl"))).isGreaterThan(0.3);
        assertThat(analyser.profile("Ouderen willen langer thuis wonen in een passende woning", "nl").phrases())
                .extracting(TextProfile.Phrase::text).contains("langer thuis wonen", "passende woning");
    }

    @Test
    void aRelatedConceptCountsHalfAndBothWays() {
        TextProfile caretaker = analyser.profile("een huismeester", "nl");
        TextProfile signals = analyser.profile("signalen", "nl");
        assertThat(caretaker.terms().get("c:signalering").weight())
                .isLessThan(caretaker.terms().get("c:huismeester").weight());
        assertThat(signals.terms()).containsKey("c:huismeester");
        assertThat(caretaker.similarity(signals)).isPositive()
                .isLessThan(analyser.profile("een conciërge", "nl").similarity(caretaker));
    }

    @Test
    void findsTheConditionOfACommitment() {
        assertThat(analyser.condition("Wij stellen twee wijkcoaches beschikbaar, als de financiering structureel is.", "nl"))
                .isEqualTo("als de financiering structureel is");
        assertThat(analyser.condition("We leveren de ruimte mits de gemeente de schoonmaak betaalt", "nl"))
                .isEqualTo("mits de gemeente de schoonmaak betaalt");
        assertThat(analyser.condition("Wij doen net als vorig jaar mee", "nl")).isNull();
        assertThat(analyser.condition("We provide the room, provided the municipality pays for cleaning.", "en"))
                .isEqualTo("provided the municipality pays for cleaning");
    }

    @Test
    void groupsVariantsUnderTheFormWrittenMostOften() {
        List<Keyphrase> keyphrases = analyser.keyphrases(List.of("Vrijwilligers zijn schaars.",
                "We zoeken nieuwe vrijwilligers.", "Elke vrijwilliger telt, ook in de wijk."), "nl", 20);

        Keyphrase volunteers = keyphrases.get(0);
        assertThat(volunteers.phrase()).isEqualTo("vrijwilligers");
        assertThat(volunteers.stem()).isEqualTo("vrijwilliger");
        assertThat(volunteers.count()).isEqualTo(3);
        assertThat(volunteers.texts()).containsExactly(0, 1, 2);
        assertThat(keyphrases).extracting(Keyphrase::phrase).containsExactly("vrijwilligers", "schaars", "zoeken nieuwe vrijwilligers", "vrijwilliger telt", "wijk");
    }

    @Test
    void stopWordsNeverBecomeKeyphrases() {
        for (String language : LanguageAnalyser.LANGUAGES) {
            Set<String> stopWords = new HashSet<>(ShippedFiles.lines("stopwords-" + language + ".txt"));
            List<String> corpus = Stream.concat(Pipeline.examples("factors", language).stream(), Pipeline.examples("framing", language).stream())
                    .map(ShippedFiles.Example::text).toList();

            List<Keyphrase> keyphrases = analyser.keyphrases(corpus, language, Integer.MAX_VALUE);

            assertThat(keyphrases).hasSizeGreaterThan(300);
            assertThat(keyphrases).allSatisfy(keyphrase -> assertThat(keyphrase.phrase().split(" "))
                    .noneMatch(word -> stopWords.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''))));
        }
    }

    @Test
    void keyphrasesOfAnAnswerAreItsContentWords() {
        assertThat(analyser.analyse(DUTCH, "nl").keyphrases())
                .contains("betaalbare woningen", "ontmoetingsplek", "buurt")
                .doesNotContain("nodig", "wij", "willen");
    }

    @Test
    void detectsTheLanguageOfLongEnoughTexts() {
        assertThat(analyser.detectLanguage(DUTCH, "en")).isEqualTo("nl");
        assertThat(analyser.detectLanguage(ENGLISH, "nl")).isEqualTo("en");
    }

    @Test
    void tellsShortTextsByTheirDictionariesAndFallsBackForOtherLanguages() {
        assertThat(analyser.detectLanguage("We want more volunteers.", "nl")).isEqualTo("en");
        assertThat(analyser.detectLanguage("Er zijn te weinig vrijwilligers.", "en")).isEqualTo("nl");
        assertThat(analyser.detectLanguage("Subsidie voor ontmoeting", "en")).isEqualTo("nl");
        assertThat(analyser.detectLanguage("Wijkcoaches", "en")).isEqualTo("nl");
        assertThat(analyser.detectLanguage("Zwolle", "en")).as("a name neither dictionary tells apart").isEqualTo("en");
        assertThat(analyser.detectLanguage("Nous voulons que les personnes âgées puissent rester chez elles plus longtemps.", "nl"))
                .isEqualTo("nl");
    }

    @Test
    void analysesAnAnswer() {
        Analysis analysis = analyser.analyse(DUTCH, "en");

        assertThat(analysis.language()).isEqualTo("nl");
        assertThat(analysis.sentences()).hasSize(2);
        assertThat(analysis.framing().label()).isEqualTo("future");
        assertThat(analysis.factor().label()).isIn("relatie", "samenstelling", "ambitie", "belangen", "organisatie-proces",
                LanguageAnalyser.UNASSIGNED);
        assertThat(analysis.factor().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void tellsProblemFromFutureFraming() {
        assertThat(analyser.analyse("Het probleem is dat er te weinig vrijwilligers zijn en niemand de eenzame ouderen ziet.", "nl")
                .framing().label()).isEqualTo("problem");
        assertThat(analyser.analyse("We willen dat ouderen straks in hun eigen wijk kunnen blijven wonen.", "nl")
                .framing().label()).isEqualTo("future");
        assertThat(analyser.analyse("There are too few volunteers and nobody notices the lonely older people.", "en")
                .framing().label()).isEqualTo("problem");
    }

    @Test
    void tellsTheFactorOfClearAnswers() {
        assertThat(analyser.analyse("De huisartsen en de woningcorporatie ontbreken nog aan tafel; wie gaan we nog uitnodigen?", "nl")
                .factor().label()).isEqualTo("samenstelling");
        assertThat(analyser.analyse("We moeten afspreken hoe vaak het overleg is en wie de notulen en de planning bewaakt.", "nl")
                .factor().label()).isEqualTo("organisatie-proces");
    }

    @Test
    void isDeterministicAcrossAnalysersAndCalls() {
        LanguageAnalyser another = new LanguageAnalyser(new LanguageProperties(null));
        for (String text : List.of(DUTCH, ENGLISH, "Kort.", "Wie trekt dit? We missen de huisarts.")) {
            Analysis first = analyser.analyse(text, "nl");
            assertThat(analyser.analyse(text, "nl")).isEqualTo(first);
            assertThat(another.analyse(text, "nl")).isEqualTo(first);
        }
        List<String> texts = List.of(DUTCH, "Ouderen willen in de wijk blijven.", "De wijk heeft buren nodig.");
        assertThat(another.keyphrases(texts, "nl", 50)).isEqualTo(analyser.keyphrases(texts, "nl", 50));
    }

    @Test
    void acceptsOnlyDutchAndEnglish() {
        assertThatThrownBy(() -> analyser.analyse(DUTCH, "fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nl").hasMessageContaining("fr");
        assertThatThrownBy(() -> analyser.lemmas(DUTCH, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
