package org.microcred.support.audit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * The audit trail's API, for the issuer-admins and release-managers of the institution (the caller's tenant only:
 * another tenant's records are never seen). Not a resource by itself: a service that keeps an audit trail registers
 * it with one subclass, {@code @Path("/api/v1/audit") class XAuditResource extends AuditResource}, whose
 * constructor passes the beans on (docs/audit-trail.md, "Wiring a service").
 */
public abstract class AuditResource {

    public static final String PATH = "/api/v1/audit";

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final AuditConfig config;
    private final Caller caller;

    protected AuditResource(AuditQueries queries, AuditVerifier verifier, AuditConfig config, Caller caller) {
        this.queries = queries;
        this.verifier = verifier;
        this.config = config;
        this.caller = caller;
    }

    /**
     * The tenant's records, newest first, a page at a time: the body is a JSON array, and when there may be more a
     * {@code Link: <...>; rel="next"} header gives the next page's address (an opaque cursor; the filters carry over).
     */
    @GET
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<RestResponse<List<AuditView>>> list(@RestQuery @Size(max = 255) String actor,
            @RestQuery @Size(max = 100) String action, @RestQuery @Size(max = 100) String objectType,
            @RestQuery @Size(max = 255) String objectId, @RestQuery String from, @RestQuery String to,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int limit, @RestQuery String cursor,
            @Context UriInfo uri) {
        Long before = AuditCursor.decode(cursor);
        AuditFilter filter = new AuditFilter(caller.tenantId(), blankToNull(actor), blankToNull(action),
                blankToNull(objectType), blankToNull(objectId), instant("from", from), instant("to", to));
        return queries.list(filter, before, limit + 1).map(rows -> {
            RestResponse.ResponseBuilder<List<AuditView>> ok = RestResponse.ResponseBuilder.ok(
                    rows.stream().limit(limit).map(AuditView::of).toList());
            if (rows.size() > limit) {
                var next = uri.getRequestUriBuilder()
                        .replaceQueryParam("cursor", AuditCursor.encode(rows.get(limit - 1).seq))
                        .replaceQueryParam("limit", limit).build();
                ok.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
            }
            return ok.build();
        });
    }

    /**
     * The tenant's records of a period, oldest first, streamed as CSV or JSON lines. Bounded by period: {@code from}
     * and {@code to} are required and at most {@code microcred.audit.export-max-period} (366 days) apart; the same
     * filters as the list apply. No {@code @Produces}: the format parameter chooses the media type, which
     * {@link RestMulti} sets (RESTEasy Reactive streams a Multi with several declared types only this way).
     */
    @GET
    @Path("/export")
    @RolesAllowed({"issuer-admin", "release-manager"})
    public RestMulti<String> export(@RestQuery String format, @RestQuery String from, @RestQuery String to,
            @RestQuery @Size(max = 255) String actor, @RestQuery @Size(max = 100) String action,
            @RestQuery @Size(max = 100) String objectType, @RestQuery @Size(max = 255) String objectId) {
        AuditExport export = AuditExport.named(format);
        if (export == null) {
            throw ProblemException.invalid("format", "must be csv or jsonl");
        }
        Instant start = required("from", from);
        Instant end = required("to", to);
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        Duration most = config.exportMaxPeriod();
        if (Duration.between(start, end).compareTo(most) > 0) {
            throw ProblemException.invalid("to", "an export covers at most " + most.toDays() + " days: export the"
                    + " period in parts");
        }
        String tenantId = caller.tenantId();
        AuditFilter filter = new AuditFilter(tenantId, blankToNull(actor), blankToNull(action),
                blankToNull(objectType), blankToNull(objectId), start, end);
        Multi<String> lines = queries.stream(filter).map(export::line);
        if (!export.header().isEmpty()) {
            lines = Multi.createBy().concatenating().streams(Multi.createFrom().item(export.header()), lines);
        }
        return RestMulti.fromMultiData(lines)
                .header("Content-Type", export.mediaType + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"audit-" + tenantId + "-"
                        + start.toString().replace(':', '-') + "." + export.extension + "\"")
                .build();
    }

    /**
     * Recomputes the tenant's whole chain: {@code verified: true}, or the first broken link (its sequence number and
     * why: {@code hash-mismatch}, {@code missing-record} or {@code broken-link}).
     */
    @POST
    @Path("/verify")
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<ChainVerification> verify() {
        return verifier.verify(caller.tenantId());
    }

    private static Instant required(String name, String value) {
        Instant instant = instant(name, value);
        if (instant == null) {
            throw ProblemException.invalid(name, "is required (an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z)");
        }
        return instant;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
