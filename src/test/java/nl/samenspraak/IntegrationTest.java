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
 * The application on a random port, with the same properties for every test class that carries this annotation,
 * so that Spring's test context cache starts it once per JVM and every such class runs against it: one database
 * in a data directory of its own for this run ({@link Shared#DATA_DIR}, under {@code target/}), the first
 * facilitator {@code admin} with {@link #ADMIN_PASSWORD}, the default rate limits, and H2 refusing writes in
 * read-only transactions as PostgreSQL does ({@link PostgresReadOnlyTransactions}).
 *
 * <p>Because the database and the rate limits are shared, a test makes its own data (its own collaboration,
 * invitations, a facilitator of its own where it needs an empty console) and never counts rows it did not make.
 * A class that adds anything to this configuration (a property, a {@code @DynamicPropertySource}, a bean) gets a
 * context of its own; it must then also keep a data directory of its own, since two contexts cannot open one H2
 * file, and say why it cannot share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = SamenspraakApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationTest.Shared.class)
@Import(PostgresReadOnlyTransactions.class)
public @interface IntegrationTest {

    /** The password of {@code admin} in the shared application. */
    String ADMIN_PASSWORD = "integration-test-password-1";

    /** Gives the shared application its data directory and admin password. */
    final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        /** Unique per JVM run, so a run never finds the data of an earlier one. */
        public static final Path DATA_DIR = Path.of("target", "it-data",
                "run-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid()).toAbsolutePath();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("integration-test", Map.of(
                    "samenspraak.data-dir", DATA_DIR.toString(),
                    "samenspraak.admin-password", ADMIN_PASSWORD)));
        }
    }
}
