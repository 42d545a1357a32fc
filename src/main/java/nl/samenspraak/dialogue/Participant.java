package nl.samenspraak.dialogue;

/** Who answers: a name and the organisation they speak for (either may be empty). */
public record Participant(String name, String organisation) {

    public Participant {
        name = name == null ? "" : name;
        organisation = organisation == null ? "" : organisation;
    }
}
