package org.microcred.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of problem that clients
 * may switch on; {@code errors} lists the fields a validation problem found wrong.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type URIs live under one base so they stay stable and documentable. */
    public static final String TYPE_BASE = "https://microcred.org/problems/";

    /** One field that failed validation: where it is in the request, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
