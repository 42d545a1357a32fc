package nl.samenspraak.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security find facilitators by username. */
@Component
class FacilitatorAccounts implements UserDetailsService {

    private final FacilitatorRepository repository;

    FacilitatorAccounts(FacilitatorRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username)
                .map(f -> User.withUsername(f.username()).password(f.passwordHash()).roles("FACILITATOR").build())
                .orElseThrow(() -> new UsernameNotFoundException("no facilitator " + username));
    }
}
