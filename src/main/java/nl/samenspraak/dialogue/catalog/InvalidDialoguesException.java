package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.DialogueProblem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when one or more dialogue files cannot be used; lists every problem as {@code file:line: message}. */
public class InvalidDialoguesException extends RuntimeException {

    private final List<DialogueProblem> problems;

    public InvalidDialoguesException(List<DialogueProblem> problems) {
        super(problems.size() + " problem(s) in the dialogue files:\n" + problems.stream()
                .map(DialogueProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DialogueProblem> problems() {
        return problems;
    }
}
