package nl.samenspraak.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that the servlet container raises before Spring MVC sees the request (a malformed path, say)
 * get the same {@code {error, message}} body as every other API error, and never a stack trace.
 */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String message = status.is5xxServerError()
                ? "something went wrong on the server; please try again"
                : "the request could not be handled: " + status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.status(status).body(new ApiError(status.name().toLowerCase(java.util.Locale.ROOT), null, message));
    }
}
