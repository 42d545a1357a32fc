package nl.samenspraak.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.samenspraak.dialogue.AnswerRejectedException;
import nl.samenspraak.dialogue.DialogueNotOfferedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every failure of an API request into {@code {error, field, message}} with a fitting 4xx status;
 * nothing unexpected reaches the client as a stack trace.
 */
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return response.body(e.body(language(request)));
    }

    @ExceptionHandler(DialogueNotOfferedException.class)
    ResponseEntity<ApiError> notOffered(DialogueNotOfferedException e, HttpServletRequest request) {
        return api(ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", e.field(), e.messageKey(),
                e.arguments()), request);
    }

    @ExceptionHandler(AnswerRejectedException.class)
    ResponseEntity<ApiError> rejected(AnswerRejectedException e) {
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_answer", e.field(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (cause instanceof StreamReadException malformed && !(cause instanceof DatabindException)) {
            String where = malformed.getLocation() == null ? "" : " at line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr();
            return badRequest(null, "malformed JSON" + where + ": " + plain(malformed.getOriginalMessage()));
        }
        if (cause instanceof DatabindException wrongType) {
            String field = path(wrongType);
            return badRequest(field, (field == null ? "the body" : "'" + field + "'") + " has the wrong type: "
                    + plain(wrongType.getOriginalMessage()));
        }
        return badRequest(null, "the request body is missing or is not JSON");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        if ("Authorization".equalsIgnoreCase(e.getHeaderName())) {
            return api(ApiException.localized(HttpStatus.UNAUTHORIZED, "unauthorized", null, "api.bearer.missing",
                    List.of()), request);
        }
        return badRequest(e.getHeaderName(), "the header '" + e.getHeaderName() + "' is missing");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "the parameter '" + e.getParameterName() + "' is missing");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName(), "'" + e.getName() + "' has the wrong type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", null,
                e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null,
                "send the body as application/json");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "not_found", null, "nothing at /" + e.getResourcePath());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ApiError> conflict(Exception e) {
        return respond(HttpStatus.CONFLICT, "conflict", null,
                "the conversation was changed at the same time elsewhere; reload it and try again");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", null,
                "something went wrong on the server; please try again");
    }

    /**
     * The language of ours the request's {@code Accept-Language} prefers (browsers always send one); the API's
     * default for clients that name none of ours, or send a header that does not parse.
     */
    private static String language(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        try {
            String best = header == null ? null : Locale.lookupTag(Locale.LanguageRange.parse(header), UiMessages.LANGUAGES);
            return best == null ? ApiException.DEFAULT_LANGUAGE : best;
        } catch (IllegalArgumentException malformed) {
            return ApiException.DEFAULT_LANGUAGE;
        }
    }

    /** Jackson's message without the parts about its own internals (source, markers, Java types). */
    private static String plain(String message) {
        return message.replaceAll("(?s)\\s*\\((start marker|through reference chain|for Object|from|Source).*", "")
                .replaceAll("(?s)\\s*at \\[Source.*", "");
    }

    private static String path(DatabindException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    private static ResponseEntity<ApiError> badRequest(String field, String message) {
        return respond(HttpStatus.BAD_REQUEST, "bad_request", field, message);
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String error, String field, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, field, message));
    }
}
