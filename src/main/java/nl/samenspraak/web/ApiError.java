package nl.samenspraak.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error the API returns: a stable code, the field at fault (if any) and what is wrong. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String message) {
}
