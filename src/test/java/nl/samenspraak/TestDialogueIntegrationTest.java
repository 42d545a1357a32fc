package nl.samenspraak;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Map;

/**
 * The application of {@link IntegrationTest}, but offering the tests' own dialogues of {@link #DIALOGUES} instead
 * of the shipped ones, so that an author who rewords a shipped question or renames one of its nodes breaks no API
 * test. Every class that carries this annotation shares one application, as with {@link IntegrationTest}, and the
 * same rules hold: its own data, no counting of rows it did not make.
 *
 * <p>It is the second and last shared application of a test run. A second one is needed because the server reads
 * one folder of dialogues ({@code samenspraak.dialogues.dir}) and the shipped ones must stay alone in the first:
 * the summary goes over every dialogue on offer, and the browser tests and the list of dialogues show what is
 * shipped. It costs nothing extra: it replaces the application of its own that {@code AnswerDisplayTest} started
 * before, and that test now runs here too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = SamenspraakApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDialogueIntegrationTest.Shared.class)
@Import(PostgresReadOnlyTransactions.class)
public @interface TestDialogueIntegrationTest {

    /** The tests' own dialogues; none of their ids is one of a shipped dialogue. */
    String DIALOGUES = "src/test/resources/test-dialogues";

    /** Gives this application its own data directory (H2 locks its file) and the tests' dialogues. */
    final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        public static final Path DATA_DIR = Path.of(IntegrationTest.Shared.DATA_DIR + "-test-dialogues");

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-dialogues", Map.of(
                    "samenspraak.data-dir", DATA_DIR.toString(),
                    "samenspraak.admin-password", IntegrationTest.ADMIN_PASSWORD,
                    "samenspraak.dialogues.dir", Path.of(DIALOGUES).toAbsolutePath().toString())));
        }
    }
}
