package org.microcred.enrolment.analytics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.analytics.service.AchievementReports;
import org.microcred.enrolment.analytics.service.PathwayReports;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * Program analytics of the caller's institution (docs/analytics.md), for its issuer-admins and release-managers:
 * JSON, or CSV with {@code Accept: text/csv} or {@code format=csv}. Another tenant's micro-credential or pathway is 404.
 */
@Path("/api/v1/analytics")
public class AnalyticsResource {

    static final String CSV = "text/csv";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final AchievementReports achievements;
    private final PathwayReports pathways;
    private final Caller caller;

    public AnalyticsResource(AchievementReports achievements, PathwayReports pathways, Caller caller) {
        this.achievements = achievements;
        this.pathways = pathways;
        this.caller = caller;
    }

    /** One micro-credential (one version, or all), for the cohort of enrolments made from {@code from} to {@code to}. */
    @GET
    @Path("/achievements/{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<Response> achievement(@RestPath UUID id, @QueryParam("version") @Min(1) Integer version,
            @QueryParam("from") @Pattern(regexp = DATE) String from, @QueryParam("to") @Pattern(regexp = DATE) String to,
            @QueryParam("format") @Pattern(regexp = "json|csv") String format, @Context HttpHeaders headers) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        boolean csv = wantsCsv(format, headers);
        return achievements.report(caller.tenantId(), id, version, start, end).map(report -> csv
                ? Response.ok(ReportCsv.of(report), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"analytics-" + id + ".csv\"").build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }

    /** One pathway: earners enrolled in, started and completed it, and each component's counts. */
    @GET
    @Path("/pathways/{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<Response> pathway(@RestPath UUID id, @QueryParam("from") @Pattern(regexp = DATE) String from,
            @QueryParam("to") @Pattern(regexp = DATE) String to,
            @QueryParam("format") @Pattern(regexp = "json|csv") String format, @Context HttpHeaders headers) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        boolean csv = wantsCsv(format, headers);
        return pathways.report(caller.tenantId(), id, start, end).map(report -> csv
                ? Response.ok(PathwayCsv.of(report), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"analytics-pathway-" + id + ".csv\"")
                        .build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }

    /** CSV when asked by {@code format}, else when the first concrete type the client accepts is CSV. */
    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return format.equals("csv");
        }
        return headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV))).orElse(false);
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }
}
