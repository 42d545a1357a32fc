package nl.samenspraak.summary;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryReviewTest {

    @Test
    void aSaveSetsTheMarksOfTheThemesShownAndKeepsThoseOfThemesNoLongerShown() {
        List<String> stored = List.of("q1|zorg", "q1|wonen", "q2|eenzaamheid");
        Set<String> shown = Set.of("q1|zorg", "q1|wonen", "q1|ontmoeting");

        List<String> after = SummaryReview.agreedAfter(stored, shown, List.of("q1|ontmoeting", "q1|zorg"));

        assertThat(after).containsExactlyInAnyOrder("q1|zorg", "q1|ontmoeting", "q2|eenzaamheid")
                .as("unmarked on the page").doesNotContain("q1|wonen");
    }
}
