package nl.samenspraak.dialogue;

/** One thing wrong with a dialogue file, where it is, and what is wrong. */
public record DialogueProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
