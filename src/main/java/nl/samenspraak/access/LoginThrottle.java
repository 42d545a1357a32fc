package nl.samenspraak.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspraak.web.ApiErrorWriter;
import nl.samenspraak.web.ApiException;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Slows down password guessing: after too many failed logins for a username from one address, or from one
 * address altogether, further attempts get 429 with Retry-After until the window has passed — for the
 * login form and for HTTP Basic alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoginThrottle extends OncePerRequestFilter {

    private static final String MESSAGE = "too many failed logins";

    private final RateLimits limits;
    private final ApiErrorWriter errors;
    private final RateLimits.Limit perUser;
    private final RateLimits.Limit perAddress;

    LoginThrottle(RateLimits limits, ApiErrorWriter errors, AccessProperties properties) {
        this.limits = limits;
        this.errors = errors;
        Duration window = Duration.ofSeconds(properties.loginWindowSeconds());
        this.perUser = new RateLimits.Limit("login-user", properties.loginFailuresPerUser(), window);
        this.perAddress = new RateLimits.Limit("login-address", properties.loginFailuresPerAddress(), window);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null) {
            try {
                limits.check(perAddress, request.getRemoteAddr(), MESSAGE);
                limits.check(perUser, request.getRemoteAddr() + "|" + username, MESSAGE);
            } catch (ApiException tooMany) {
                errors.write(response, tooMany);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        limits.fail(perAddress, address);
        limits.fail(perUser, address + "|" + event.getAuthentication().getName());
    }

    private static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return String.valueOf(request.getParameter("username"));
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                return decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return null;
    }
}
