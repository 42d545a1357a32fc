package nl.samenspraak.summary;

/**
 * One shared answer of one partner at one step, from their preparation or from a room: the unit every
 * statement of a summary points back to. A partner is known by their invitation where they have one, so
 * that their preparation and their answers in a room count as one voice.
 */
record Contribution(String partnerKey, String name, String organisation, String stepId, String nodeId,
                    Object value, String display, String source, String sourceId) {

    static final String PREPARATION = "preparation";
    static final String ROOM = "room";

    /** A short reference for links from a statement to the answer behind it. */
    String ref() {
        return source + ":" + sourceId + ":" + partnerKey + ":" + stepId;
    }
}
