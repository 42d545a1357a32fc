package nl.samenspraak.summary;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.summary.SummaryViews.FactorStats;
import nl.samenspraak.summary.SummaryViews.Recommendation;
import nl.samenspraak.summary.SummaryViews.Scan;
import nl.samenspraak.summary.SummaryViews.ScanCheck;
import nl.samenspraak.summary.SummaryViews.ScanIngredient;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.web.UiMessages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five partners' answers to the scan Vitaal Samenwerken, chosen so that Belangen is weak (all lean to "needs
 * attention"), Relatie divided (two at each end) and Ambitie neither: the heat map, the factors' figures, the
 * check questions' tallies and the recommended next conversations with what led to them.
 */
@IntegrationTest
class ScanSummaryTest {

    private static final String[] PARTNERS = {"Anna", "Bert", "Carla", "Dirk", "Els"};
    private static final String[] ORGANISATIONS = {"Gemeente", "Woonstichting", "Zorggroep", "Welzijn", "Bewonersraad"};

    @Autowired
    SummaryService service;

    @Autowired
    DialogueCatalog catalog;

    @Autowired
    UiMessages messages;

    private final List<Contribution> fixture = new ArrayList<>();

    private void say(int partner, String stepId, Object value) {
        fixture.add(new Contribution("p" + partner, PARTNERS[partner], ORGANISATIONS[partner], stepId,
                stepId.replaceAll("@.*", ""), value, String.valueOf(value), Contribution.PREPARATION, "c" + partner));
    }

    /** The positions of the five partners at an ingredient; null where one did not answer. */
    private void positions(String stepId, Integer... values) {
        for (int p = 0; p < values.length; p++) {
            if (values[p] != null) {
                say(p, stepId, values[p]);
            }
        }
    }

    private void checks(String factor, String discussed, String heard, String decided) {
        for (int p = 0; p < 5; p++) {
            say(p, "check-discussed@" + factor, discussed.split(",")[p]);
            say(p, "check-heard@" + factor, heard.split(",")[p]);
            say(p, "check-decided@" + factor, decided.split(",")[p]);
        }
    }

    @BeforeEach
    void fiveScans() {
        for (int p = 0; p < 5; p++) {
            say(p, "factors", List.of("relatie", "ambitie", "belangen"));
        }
        for (String ingredient : List.of("vermogen-tot-samenwerking", "openheid-en-vertrouwen", "gelijkwaardige-inbreng",
                "identiteit-en-taal")) {
            positions(ingredient + "@relatie", -2, -2, 2, 2, 0);
        }
        positions("gedeelde-opgave@ambitie", 1, 2, 1, 2, null);
        positions("zichtbare-urgentie@ambitie", 2, 1, 2, 1, null);
        positions("duidelijkheid-over-belangen@belangen", -2, -1, -1, -2, -1);
        positions("gezamenlijk-belang@belangen", -1, -2, -1, -1, -2);
        checks("relatie", "yes,yes,partly,no,yes", "no,no,partly,yes,unknown", "no,no,no,partly,yes");
        checks("ambitie", "yes,yes,yes,yes,yes", "yes,yes,yes,yes,partly", "yes,yes,partly,yes,yes");
        checks("belangen", "no,no,partly,no,unknown", "partly,no,yes,no,no", "no,no,no,no,unknown");
        say(0, "factor-open@belangen", List.of("Ieders belang op tafel krijgen"));
    }

    private Summary summary(String language) {
        return service.compute("fixture", catalog.find("vitaal-samenwerken").orElseThrow(), language, fixture, null);
    }

    @Test
    void theHeatMapHasAColumnPerIngredientGroupedByFactorAndARowPerPartner() {
        Scan scan = summary("nl").scan();
        assertThat(scan.ingredients()).extracting(ScanIngredient::stepId).containsExactly(
                "vermogen-tot-samenwerking@relatie", "openheid-en-vertrouwen@relatie", "gelijkwaardige-inbreng@relatie",
                "identiteit-en-taal@relatie", "gedeelde-opgave@ambitie", "zichtbare-urgentie@ambitie",
                "duidelijkheid-over-belangen@belangen", "gezamenlijk-belang@belangen");
        assertThat(scan.ingredients()).extracting(ScanIngredient::label).startsWith("Vermogen tot samenwerking", "Openheid en vertrouwen");
        assertThat(scan.ingredients()).extracting(ScanIngredient::factor).contains("Relatie", "Ambitie", "Belangen");
        assertThat(scan.heatMap()).extracting(SummaryViews.HeatRow::partner).containsExactly(PARTNERS);
        assertThat(scan.heatMap().get(0).positions()).containsExactly(-2, -2, -2, -2, 1, 2, -2, -1);
        assertThat(scan.heatMap().get(4).positions()).as("Els answered no ingredient of Ambitie: empty cells")
                .containsExactly(0, 0, 0, 0, null, null, -1, -2);
        assertThat(summary("en").scan().ingredients().get(1).label()).isEqualTo("Openness and trust");
        assertThat(summary("nl").paradoxes()).as("a scan's ingredients are no paradoxes").isNull();
    }

    @Test
    void perFactorTheMeanAndSpreadSayWhichIsWeakAndWhichDivided() {
        Map<String, FactorStats> factors = byId(summary("nl").scan().factors());
        assertThat(factors).containsOnlyKeys("relatie", "ambitie", "belangen");
        FactorStats belangen = factors.get("belangen");
        assertThat(belangen.mean()).isEqualTo(-1.4);
        assertThat(belangen.spread()).isEqualTo(0.49);
        assertThat(belangen.n()).isEqualTo(10);
        assertThat(belangen.weak()).isTrue();
        assertThat(belangen.divided()).isFalse();
        FactorStats relatie = factors.get("relatie");
        assertThat(relatie.mean()).isEqualTo(0.0);
        assertThat(relatie.spread()).isEqualTo(1.79);
        assertThat(relatie.weak()).isFalse();
        assertThat(relatie.divided()).isTrue();
        assertThat(factors.get("ambitie").mean()).isEqualTo(1.5);
        assertThat(factors.get("ambitie").weak() || factors.get("ambitie").divided()).isFalse();
        assertThat(summary("nl").scan().disagreements()).extracting(ScanIngredient::factorId)
                .as("the ingredients partners disagree on most: Relatie's").containsOnly("relatie").hasSize(3);
    }

    @Test
    void theCheckQuestionsAreTalliedPerFactor() {
        FactorStats belangen = byId(summary("nl").scan().factors()).get("belangen");
        assertThat(belangen.checks()).extracting(ScanCheck::stepId)
                .containsExactly("check-discussed@belangen", "check-heard@belangen", "check-decided@belangen");
        ScanCheck discussed = belangen.checks().get(0);
        assertThat(discussed.prompt()).isEqualTo("Belangen: Hebben we het hier over gehad?");
        assertThat(discussed.n()).isEqualTo(5);
        assertThat(counts(discussed)).containsExactly(0, 1, 3, 1);
        assertThat(counts(belangen.checks().get(2))).containsExactly(0, 0, 4, 1);
    }

    @Test
    void aWeakOrDividedFactorGetsTheNextConversationItsItemRecommendsWithItsReasons() {
        List<Recommendation> recommendations = summary("nl").scan().recommendations();
        assertThat(recommendations).extracting(r -> r.factorId() + ":" + r.kind())
                .containsExactly("relatie:divided", "belangen:weak");
        Recommendation belangen = recommendations.get(1);
        assertThat(belangen.dialogues()).extracting(SummaryViews.DialogueLink::id).containsExactly("brengen-halen");
        assertThat(belangen.dialogues().get(0).title()).isEqualTo(catalog.find("brengen-halen").orElseThrow().title().in("nl"));
        assertThat(belangen.mean()).isEqualTo(-1.4);
        assertThat(belangen.ingredients()).extracting(ScanIngredient::label)
                .as("the weakest ingredient first").containsExactly("Duidelijkheid over belangen", "Een gezamenlijk belang");
        assertThat(belangen.checks()).hasSize(3);
        Recommendation relatie = recommendations.get(0);
        assertThat(relatie.dialogues()).extracting(SummaryViews.DialogueLink::id).containsExactly("paradoxen");
        assertThat(relatie.spread()).isEqualTo(1.79);
    }

    @Test
    void theExportsHoldTheScan() throws Exception {
        Summary summary = summary("nl");
        Labels labels = Labels.of(messages, "nl");
        // Markdown escapes signs and points ("\\-2"); what a reader sees is the text without them.
        String markdown = MarkdownExport.of(summary, "t", labels).replace("\\", "");
        assertThat(markdown).contains(labels.get("heatMap"), labels.get("factorStats"), labels.get("mostDivided"),
                labels.get("checks"), labels.get("recommendations"))
                .contains("| Partner | Vermogen tot samenwerking | Openheid en vertrouwen |")
                .contains("| Anna (Gemeente) | -2 | -2 | -2 | -2 |")
                .contains("| Els (Bewonersraad) | -1 | -2 |")
                .contains("| Belangen | -1.4 | 0.49 | 10 | zwak |")
                .contains("Brengen")
                .contains("Belangen: Hebben we het hier over gehad?");
        try (PDDocument document = Loader.loadPDF(PdfExport.of(summary, "t", labels))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(labels.get("heatMap"), "Vermogen tot samenwerking", labels.get("recommendations"),
                    "brengen-halen");
        }
    }

    private static Map<String, FactorStats> byId(List<FactorStats> factors) {
        Map<String, FactorStats> byId = new java.util.LinkedHashMap<>();
        factors.forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    private static List<Integer> counts(ScanCheck check) {
        return check.tally().stream().map(t -> t.count()).toList();
    }
}
