package nl.samenspraak.dialogue.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns broken dialogue files at start-up into a plain list of {@code file:line: message}, not a stack trace. */
class InvalidDialoguesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDialoguesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDialoguesException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the dialogue files, or lint them with: ./mvnw -q compile exec:java -Dexec.args=check", cause);
    }
}
