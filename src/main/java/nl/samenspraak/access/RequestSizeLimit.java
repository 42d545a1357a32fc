package nl.samenspraak.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspraak.web.ApiErrorWriter;
import nl.samenspraak.web.ApiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Refuses request bodies over the limit (64 KiB by default) with a 413 that says the limit. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ApiErrorWriter errors;

    RequestSizeLimit(AccessProperties properties, ApiErrorWriter errors) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            errors.write(response, new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too_large", null, chunked
                    ? "send the request with a Content-Length of at most " + maxBytes + " bytes"
                    : "the request is " + length + " bytes; at most " + maxBytes + " bytes are allowed"));
            return;
        }
        chain.doFilter(request, response);
    }
}
