package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One way a branch can go, when its condition holds (the otherwise way has none): either a jump to the later
 * node {@code target}, or nodes of its own that run and then gather again at the node after the branch, so
 * that an arm needs no goto back to the common way. The schema lets a way have one of the two, never both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BranchCase(String when, @JsonProperty("goto") String target, List<Node> nodes) {

    BranchCase {
        nodes = nodes == null ? null : List.copyOf(nodes);
    }

    /** {@code otherwise: some-id}: the otherwise way written as the id it jumps to. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static BranchCase jumpTo(String target) {
        return new BranchCase(null, target, null);
    }

    /** Whether this way has nodes of its own that gather after the branch, rather than a jump. */
    boolean gathers() {
        return nodes != null;
    }
}
