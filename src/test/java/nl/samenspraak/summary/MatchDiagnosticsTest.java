package nl.samenspraak.summary;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.*;

@IntegrationTest
class MatchDiagnosticsTest {
    @Autowired DialogueCatalog catalog;
    @Autowired TextFeatures features;

    @ParameterizedTest
    @ValueSource(strings = {"calibration", "development"})
    void diagnose(String name) throws Exception {
        SummaryFixtureTest.Fixture fixture = SummaryFixtureTest.fixture(name);
        Dialogue dialogue = catalog.find("brengen-halen").orElseThrow();
        List<Contribution> all = new ArrayList<>();
        for (SummaryFixtureTest.FixturePartner p : fixture.partners()) {
            all.add(new Contribution(p.name(), p.name(), p.organisation(), "bring", "bring", p.bring(), "", Contribution.PREPARATION, "c"));
            all.add(new Contribution(p.name(), p.name(), p.organisation(), "take", "take", p.seek(), "", Contribution.PREPARATION, "c"));
        }
        StepAnswers answers = new StepAnswers(dialogue, all, features, "nl");
        List<TextUnit> allNeeds = answers.units(SummaryRole.TAKE);
        List<TextUnit> allOffers = answers.units(SummaryRole.BRING);
        Map<String, Integer> frequency = new HashMap<>();
        java.util.stream.Stream.concat(allNeeds.stream(), allOffers.stream())
                .forEach(unit -> unit.profile().terms().keySet().forEach(key -> frequency.merge(key, 1, Integer::sum)));
        double units = allNeeds.size() + allOffers.size();
        java.util.function.UnaryOperator<TextUnit> local = unit -> new TextUnit(unit.contribution(), unit.text(),
                unit.profile().weighted(key -> Math.log((units + 1) / (frequency.get(key) + 1)) + 1));
        List<TextUnit> needs = allNeeds.stream().map(local).toList();
        List<TextUnit> offers = allOffers.stream().map(local).toList();
        Set<String> planted = new HashSet<>();
        fixture.matches().forEach(m -> planted.add(m.need() + "|" + m.offer()));
        StringBuilder out = new StringBuilder("=== " + name + "\n");
        StringBuilder tsv = new StringBuilder();
        for (TextUnit need : needs) {
            List<Object[]> scored = new ArrayList<>();
            for (TextUnit offer : offers) {
                if (offer.contribution().partnerKey().equals(need.contribution().partnerKey())) continue;
                scored.add(new Object[]{offer, need.similarity(offer)});
            }
            scored.sort((a, b) -> Double.compare((double) b[1], (double) a[1]));
            for (Object[] sc : scored) {
                TextUnit offer = (TextUnit) sc[0];
                tsv.append(need.contribution().partnerKey()).append('\t').append(need.text()).append('\t')
                   .append(offer.contribution().partnerKey()).append('\t').append(offer.text()).append('\t')
                   .append(String.format(Locale.ROOT, "%.4f", (double) sc[1])).append('\t')
                   .append(planted.contains(need.text() + "|" + offer.text()) ? 1 : 0).append('\n');
            }
            out.append("NEED ").append(need.text()).append("  ").append(need.profile().terms().keySet()).append("\n");
            for (int i = 0; i < scored.size(); i++) {
                TextUnit offer = (TextUnit) scored.get(i)[0];
                double s = (double) scored.get(i)[1];
                boolean p = planted.contains(need.text() + "|" + offer.text());
                if (p || (i < 3 && s > 0.05)) {
                    out.append(String.format(Locale.ROOT, "   %s #%d %.3f %s  %s%n", p ? "PLANTED" : "       ", i + 1, s, offer.text(), offer.profile().terms().keySet()));
                }
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/diag/" + name + ".txt"), out);
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/diag/" + name + ".tsv"), tsv);
        StringBuilder prof = new StringBuilder();
        for (List<TextUnit> side : List.of(needs, offers)) {
            for (TextUnit u : side) {
                prof.append(side == needs ? "N" : "O").append('\t').append(u.contribution().partnerKey()).append('\t').append(u.text());
                allNeeds.stream().filter(x -> x.text().equals(u.text())).findFirst();
                TextUnit raw = java.util.stream.Stream.concat(allNeeds.stream(), allOffers.stream()).filter(x -> x.text().equals(u.text())).findFirst().orElseThrow();
                raw.profile().terms().values().forEach(t -> prof.append('\t').append(t.key()).append('=').append(String.format(Locale.ROOT, "%.4f", t.weight())));
                prof.append('\n');
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/diag/" + name + ".prof"), prof);
    }
}
