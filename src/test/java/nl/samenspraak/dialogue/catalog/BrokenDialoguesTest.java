package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.DialogueProblem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each file in {@code src/test/resources/broken-dialogues} is wrong in one way and says, in its
 * {@code # expect: [line: ]message} lines, which problems the loader must report.
 */
class BrokenDialoguesTest {

    private static final Path FOLDER = Path.of("src/test/resources/broken-dialogues");

    @TestFactory
    Stream<DynamicTest> everyBrokenFileGivesItsFileLineMessage() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    @Test
    void aBrokenRuleOfANodesTypeIsReportedWithoutCallingItsFieldsUnknown() throws IOException {
        String name = "dialogues/unknown-probe-trigger.yaml";
        String text = Files.readString(FOLDER.resolve("unknown-probe-trigger.yaml"));

        InvalidDialoguesException failure = catchThrowableOfType(InvalidDialoguesException.class,
                () -> new DialogueLoader().loadAll(Map.of(name, text)));

        assertThat(failure.problems()).extracting(DialogueProblem::toString).containsExactly(
                name + ":18: /nodes/0/probe/1/when: unknown probe trigger 'vauge'; expected one of short, vague, problem-framed",
                name + ":25: /nodes/1/probe/when: unknown probe trigger 'negative'; expected one of short, vague, problem-framed");
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        String name = "dialogues/" + file.getFileName();
        List<String> expected = text.lines().filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length())).toList();
        assertThat(expected).as("the file says what to expect").isNotEmpty();

        InvalidDialoguesException failure = catchThrowableOfType(InvalidDialoguesException.class,
                () -> new DialogueLoader().loadAll(Map.of(name, text)));
        assertThat(failure).as("%s must be refused", name).isNotNull();
        List<String> reported = failure.problems().stream().map(DialogueProblem::toString).toList();
        for (String expectation : expected) {
            boolean withLine = expectation.matches("\\d+: .*");
            String start = withLine ? name + ":" + expectation.substring(0, expectation.indexOf(": ") + 2) : name + ":";
            String message = withLine ? expectation.substring(expectation.indexOf(": ") + 2) : expectation;
            assertThat(reported).as("problems reported for %s", name)
                    .anySatisfy(problem -> assertThat(problem).startsWith(start).contains(message));
        }
    }
}
