package nl.samenspraak.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status, code, field and message the client receives. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String field;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String error, String field, String message) {
        this(status, error, field, message, null);
    }

    private ApiException(HttpStatus status, String error, String field, String message, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429, with the seconds after which trying again makes sense (sent as Retry-After). */
    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", null,
                message + "; try again in " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", field, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", null, message);
    }

    public HttpStatus status() {
        return status;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ApiError body() {
        return new ApiError(error, field, getMessage());
    }
}
