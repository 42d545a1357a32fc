package nl.samenspraak.web;

/** Checks of free-text request fields, with messages that name the field and the limit. */
public final class Fields {

    private Fields() {
    }

    /** The text, stripped; empty when absent; 422 when longer than {@code max}. */
    public static String optional(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw ApiException.invalid(field, field + " has " + text.length() + " characters; at most " + max + " are allowed");
        }
        return text;
    }

    /** Like {@link #optional}, and 422 when empty. */
    public static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text.isEmpty()) {
            throw ApiException.invalid(field, field + " is required");
        }
        return text;
    }
}
