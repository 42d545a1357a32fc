package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One way a branch can go: to {@code target} when the condition holds. */
record BranchCase(String when, @JsonProperty("goto") String target) {
}
