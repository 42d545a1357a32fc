package nl.samenspraak.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status, code, field and message the client receives. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String field;

    public ApiException(HttpStatus status, String error, String field, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
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

    ApiError body() {
        return new ApiError(error, field, getMessage());
    }
}
