package nl.samenspraak.web;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the API refuses, with the status, code, field and message the client receives. A refusal made
 * with {@link #localized} says its message in the client's language, from {@code messages-api_*.properties};
 * the others (most, so far) speak English.
 */
public class ApiException extends RuntimeException {

    /** The API's language when a client asks for none of ours: what API clients have always been answered in. */
    static final String DEFAULT_LANGUAGE = "en";
    /** The texts of localized refusals; static, because refusals are raised where no Spring bean is at hand. */
    private static final UiMessages TEXTS = new UiMessages();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final HttpStatus status;
    private final String error;
    private final String field;
    private final Long retryAfterSeconds;
    private final String messageKey;
    private final List<String> arguments;

    public ApiException(HttpStatus status, String error, String field, String message) {
        this(status, error, field, message, null, null, List.of());
    }

    private ApiException(HttpStatus status, String error, String field, String message, Long retryAfterSeconds,
                         String messageKey, List<String> arguments) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * A refusal whose message is the text {@code messageKey} of {@code messages-api_*.properties}, its
     * {@code {0}}, {@code {1}} … filled with the arguments as the front end fills its own (no quoting rules).
     */
    public static ApiException localized(HttpStatus status, String error, String field, String messageKey,
                                         List<String> arguments) {
        return new ApiException(status, error, field, text(DEFAULT_LANGUAGE, messageKey, arguments), null,
                messageKey, List.copyOf(arguments));
    }

    /** 429, with the seconds after which trying again makes sense (sent as Retry-After). */
    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", null,
                message + "; try again in " + retryAfterSeconds + " s", retryAfterSeconds, null, List.of());
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

    /** The body for a client whose language is unknown (STOMP, servlet filters). */
    public ApiError body() {
        return new ApiError(error, field, getMessage());
    }

    /** The body for a client that reads the language ({@code nl}, {@code en}) best. */
    ApiError body(String language) {
        return new ApiError(error, field, messageKey == null ? getMessage() : text(language, messageKey, arguments));
    }

    private static String text(String language, String key, List<String> arguments) {
        String text = TEXTS.all(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in messages-api_" + language + ".properties");
        }
        Matcher argument = ARGUMENT.matcher(text);
        return argument.replaceAll(m -> Matcher.quoteReplacement(arguments.get(Integer.parseInt(m.group(1)))));
    }
}
