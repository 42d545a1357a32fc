package nl.samenspraak.conversation;

import jakarta.servlet.http.HttpServletRequest;
import nl.samenspraak.access.RateLimits;
import nl.samenspraak.access.Tokens;
import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Limits what can be done with participant tokens: an address that keeps sending wrong tokens is refused
 * for a while (so tokens cannot be guessed), and one token cannot flood the server.
 */
@Component
class TokenGuard {

    private static final String GUESSING = "too many requests with a wrong token from this address";

    private final RateLimits limits;

    TokenGuard(RateLimits limits) {
        this.limits = limits;
    }

    <T> T guard(HttpServletRequest request, String token, Supplier<T> call) {
        String address = request.getRemoteAddr();
        limits.check(limits.badTokens(), address, GUESSING);
        limits.consume(limits.tokenUse(), Tokens.hash(token), "too many requests with this token");
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.GONE) {
                limits.fail(limits.badTokens(), address);
            }
            throw e;
        }
    }
}
