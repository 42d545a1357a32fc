package nl.samenspraak.access;

import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Facilitator accounts: who is logged in, and adding new facilitators. */
@Service
public class Facilitators {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final FacilitatorRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Facilitators(FacilitatorRepository repository, PasswordEncoder passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The facilitator making the current request; 401 when no facilitator is logged in. */
    public Facilitator current() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(auth -> !(auth instanceof AnonymousAuthenticationToken))
                .flatMap(auth -> repository.findByUsername(auth.getName()))
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", null,
                        "log in as a facilitator (a session, or HTTP Basic)"));
    }

    @Transactional
    public Facilitator create(String username, String displayName, String password, String createdBy) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.invalid("username", "a username is 3 to 60 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (repository.findByUsername(username).isPresent()) {
            throw ApiException.invalid("username", "the username '" + username + "' is taken");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw ApiException.invalid("password", "a password has at least " + MIN_PASSWORD + " and at most 200 characters");
        }
        String name = Fields.optional(displayName, "displayName", 100);
        name = name.isEmpty() ? username : name;
        return repository.save(new Facilitator(UUID.randomUUID().toString(), username, name, passwords.encode(password),
                clock.instant(), createdBy, true));
    }

    public Optional<Facilitator> byUsername(String username) {
        return repository.findByUsername(username);
    }

    public Optional<Facilitator> byId(String id) {
        return repository.findById(id);
    }

    /** Whether the password is the facilitator's (for clients that cannot use a session or HTTP Basic). */
    public boolean passwordMatches(String username, String password) {
        return password != null && repository.findByUsername(username)
                .filter(f -> passwords.matches(password, f.passwordHash())).isPresent();
    }

    public List<Facilitator> all() {
        return repository.findAll();
    }

    boolean none() {
        return repository.count() == 0;
    }
}
