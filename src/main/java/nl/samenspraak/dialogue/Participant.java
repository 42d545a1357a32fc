package nl.samenspraak.dialogue;

/** Who answers: a name and the organisation they speak for (either may be empty). */
public record Participant(String name, String organisation) {

    public Participant {
        name = name == null ? "" : name;
        organisation = organisation == null ? "" : organisation;
    }

    /**
     * The participant's name as a text addresses them after a word: ", Anna" in "Welkom, Anna.", and nothing
     * without a name (a room, an anonymous partner), so the sentence reads "Welkom." rather than "Welkom, .".
     */
    String commaName() {
        return name.isEmpty() ? "" : ", " + name;
    }
}
