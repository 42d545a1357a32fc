package nl.samenspraak.dialogue;

/** Everything about the run that texts and conditions may read besides the answers. */
public record Speaker(Participant participant, String language, Mode mode) {
}
