package nl.samenspraak.dialogue;

import java.util.List;

/**
 * A request asks for a dialogue that is not on offer: none named, an unknown one, or one that is not for the
 * mode or not in the language asked. Carries the key of its text in {@code messages-api_*.properties}
 * ({@code api.dialogue.<reason>}) and the text's arguments, so that the reply speaks the client's language.
 */
public class DialogueNotOfferedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<String> arguments;

    public DialogueNotOfferedException(String field, String reason, String... arguments) {
        super("api.dialogue." + reason + " " + List.of(arguments));
        this.field = field;
        this.messageKey = "api.dialogue." + reason;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
