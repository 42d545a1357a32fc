package nl.samenspraak;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * The application in this JVM on dialogue files and a data directory of a test's own, for tests that stop it,
 * change the files and start it again on the same database (cheaper than a server process where nothing is
 * killed).
 */
public final class RestartedApplication {

    public static final String PASSWORD = "versions-test-password";

    private RestartedApplication() {
    }

    public static ConfigurableApplicationContext start(Path dialogues, Path data) {
        return new SpringApplicationBuilder(SamenspraakApplication.class).run(
                "--server.port=0",
                "--samenspraak.dialogues.dir=" + dialogues,
                "--samenspraak.data-dir=" + data,
                "--samenspraak.admin-password=" + PASSWORD);
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
