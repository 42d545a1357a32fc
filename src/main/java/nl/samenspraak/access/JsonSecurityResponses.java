package nl.samenspraak.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspraak.web.ApiErrorWriter;
import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The security answers as JSON for the browser's fetch calls and API clients: no redirects and no Basic
 * pop-up, just 200, 401 or 403 with {@code {error, message}}.
 */
@Component
class JsonSecurityResponses implements AuthenticationEntryPoint, AuthenticationSuccessHandler,
        AuthenticationFailureHandler, AccessDeniedHandler {

    private final ApiErrorWriter errors;

    JsonSecurityResponses(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean triedBasic = request.getHeader("Authorization") != null;
        errors.write(response, new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", null, triedBasic
                ? "wrong username or password" : "log in as a facilitator (a session, or HTTP Basic)"));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"username\":\"" + auth.getName() + "\"}");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        errors.write(response, new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", null, "wrong username or password"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException e) throws IOException {
        errors.write(response, new ApiException(HttpStatus.FORBIDDEN, "forbidden", null,
                "the request lacks a valid CSRF token (header X-XSRF-TOKEN from the cookie XSRF-TOKEN)"));
    }
}
