package nl.samenspraak.dialogue;

/**
 * An answer as the engine keeps it: the value in plain Java (String, Integer, List of String, as the node
 * type says) and who may see it.
 */
record GivenAnswer(Object value, Visibility visibility) {
}
