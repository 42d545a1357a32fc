package nl.samenspraak.room;

import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupDecisionTest {

    private final Step choice = step(NodeType.CHOICE, 1, "a", "b", "c", "d");
    private final Step multi = step(NodeType.MULTI, 2, "a", "b", "c", "d");

    @Test
    void theMostChosenOptionWinsWhateverItsPlaceInTheDialogue() {
        assertThat(GroupDecision.of(choice, List.of("a", "d", "d"))).isEqualTo("d");
        assertThat(GroupDecision.of(multi, List.of(List.of("a"), List.of("d", "c"), List.of("d")))).isEqualTo(List.of("d", "a"));
    }

    @Test
    void aTieFollowsTheDialoguesOrderNotTheOrderTheAnswersArrived() {
        assertThat(GroupDecision.of(choice, List.of("c", "b"))).isEqualTo("b");
        assertThat(GroupDecision.of(multi, List.of(List.of("d", "b"), List.of("b", "c")))).isEqualTo(List.of("b", "c"));
        assertThat(GroupDecision.of(multi, List.of(List.of("d", "c")))).isEqualTo(List.of("c", "d"));
    }

    @Test
    void theOptionsTheFacilitatorChoseGoMostChosenFirstThenInTheDialoguesOrder() {
        List<Object> answers = List.of(List.of("d", "b"), List.of("d"), List.of("c"));
        assertThat(GroupDecision.ordered(multi, answers, List.of("a", "c", "b", "d"))).isEqualTo(List.of("d", "b", "c", "a"));
        assertThat(GroupDecision.ordered(choice, List.of("c", "b"), "a")).isEqualTo("a");
    }

    @Test
    void withoutAnswersTheGroupHasNoDecision() {
        assertThat(GroupDecision.of(choice, List.of())).isNull();
        assertThat(GroupDecision.of(multi, List.of())).isNull();
    }

    private static Step step(NodeType type, int maxSelected, String... ids) {
        List<Step.OptionView> options = Arrays.stream(ids).map(id -> new Step.OptionView(id, "Option " + id, null)).toList();
        return new Step("pick", type, "Which?", null, null, options, null, null, null, null,
                new Step.Limits(null, null, null, null, null, null, 0, maxSelected), null, null, null, null, null, null,
                null, false);
    }
}
