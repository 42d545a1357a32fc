package nl.samenspraak.dialogue;

/** An answer or a move that does not fit the dialogue; says which field is wrong and why. */
public class AnswerRejectedException extends RuntimeException {

    private final String field;

    public AnswerRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
