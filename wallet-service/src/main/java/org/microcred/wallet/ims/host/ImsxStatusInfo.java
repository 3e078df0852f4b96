package org.microcred.wallet.ims.host;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.microcred.support.problem.Problem;

/**
 * 1EdTech's {@code Imsx_StatusInfo}: the error body of the Open Badges 3.0 and CLR 2.0 APIs, in place of RFC 9457
 * problem details on those paths only. Made from the problem the rest of the service would have answered, so every
 * refusal keeps its status and its reason (the problem's detail, and the slug as the code minor's field name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImsxStatusInfo(
        @JsonProperty("imsx_codeMajor") String codeMajor,
        @JsonProperty("imsx_severity") String severity,
        @JsonProperty("imsx_description") String description,
        @JsonProperty("imsx_codeMinor") CodeMinor codeMinor) {

    /** {@code Imsx_CodeMinor}: one field, naming what refused and the vocabulary's value for it. */
    public record CodeMinor(@JsonProperty("imsx_codeMinorField") List<CodeMinorField> fields) {
    }

    public record CodeMinorField(
            @JsonProperty("imsx_codeMinorFieldName") String name,
            @JsonProperty("imsx_codeMinorFieldValue") String value) {
    }

    /** The failure, named by the problem's slug (the last segment of its type), with the detail as description. */
    public static ImsxStatusInfo of(Problem problem) {
        String type = problem.type() == null ? "" : problem.type();
        String slug = type.substring(type.lastIndexOf('/') + 1);
        String description = problem.detail() != null ? problem.detail() : problem.title();
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            description = description + " (" + String.join("; ", problem.errors().stream()
                    .map(e -> e.field() + ": " + e.message()).toList()) + ")";
        }
        return new ImsxStatusInfo("failure", "error", description,
                new CodeMinor(List.of(new CodeMinorField(slug.isEmpty() ? "error" : slug, codeMinor(problem)))));
    }

    /** The code minor vocabulary's word for an HTTP status (an unknown query parameter's 400 has its own). */
    static String codeMinor(Problem problem) {
        return switch (problem.status()) {
            case 400 -> problem.type() != null && problem.type().endsWith("/invalid-query-parameter")
                    ? "invalid_query_parameter" : "invalid_data";
            case 401 -> "unauthorizedrequest";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "not_allowed";
            case 406 -> "not_acceptable";
            case 421 -> "misdirected_request";
            case 503, 429 -> "server_busy";
            default -> problem.status() >= 500 ? "internal_server_error" : "invalid_data";
        };
    }
}
