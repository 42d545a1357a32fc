package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregatesTest {

    private final DialogueEngine engine = new DialogueEngine();
    private final Dialogue demo = TestDialogues.demo();

    @Test
    void talliesCountEachOptionOncePerAnswer() {
        Step tensions = engine.describe(demo, "nl", "tensions");
        List<Aggregates.Tally> tally = Aggregates.tally(tensions,
                List.of(List.of("fast-slow", "open-closed"), List.of("fast-slow")));
        assertThat(tally).extracting(Aggregates.Tally::count).containsExactly(2, 0, 1);
        assertThat(tally.get(0).label()).isEqualTo("Snel of traag");
    }

    @Test
    void aScaleShowsItsDistributionMeanSpreadAndAPlainLabel() {
        Step position = engine.describe(demo, "nl", "position@fast-slow");
        Aggregates.ScaleSummary close = Aggregates.scale(position, List.of(0, 1, 0, -1));
        assertThat(close.mean()).isEqualTo(0.0);
        assertThat(close.spread()).isEqualTo(0.71);
        assertThat(close.agreement()).isEqualTo("broad-agreement");
        assertThat(close.histogram()).extracting(Aggregates.Bin::count).containsExactly(0, 0, 1, 2, 1, 0, 0);
        assertThat(Aggregates.scale(position, List.of(2, 3, 2)).agreement()).isEqualTo("leaning");
        assertThat(Aggregates.scale(position, List.of(-3, 3, -2, 2)).agreement()).isEqualTo("divided");
        assertThat(Aggregates.scale(position, List.of())).isNull();
    }

    @Test
    void aRankingAggregatesMeanPositions() {
        Step order = engine.describe(demo, "nl", "order");
        List<Aggregates.RankScore> ranking = Aggregates.ranking(order, List.of(List.of("b", "a"), List.of("b", "a"), List.of("a", "b")));
        assertThat(ranking).extracting(Aggregates.RankScore::optionId).containsExactly("b", "a");
        assertThat(ranking.get(0).meanPosition()).isEqualTo(1.33);
    }
}
