package nl.samenspraak.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On the first start, with no facilitator yet, creates {@code admin} with the password from
 * {@code SAMENSPRAAK_ADMIN_PASSWORD}, or a random one that is printed once to the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Facilitators facilitators;
    private final String configuredPassword;

    /** {@code samenspraak.admin-password}, which the environment variable SAMENSPRAAK_ADMIN_PASSWORD sets. */
    AdminBootstrap(Facilitators facilitators, @Value("${samenspraak.admin-password:}") String configuredPassword) {
        this.facilitators = facilitators;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!facilitators.none()) {
            return;
        }
        String password = configuredPassword;
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        facilitators.create("admin", "Admin", password, null);
        if (generated) {
            log.warn("Created the facilitator 'admin' with the password {} (shown only now; set SAMENSPRAAK_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created the facilitator 'admin' with the password from SAMENSPRAAK_ADMIN_PASSWORD");
        }
    }
}
