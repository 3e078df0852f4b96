package org.microcred.enrolment.bulk.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.bulk.AwardJobsConfig;
import org.microcred.enrolment.bulk.BatchRows;
import org.microcred.enrolment.bulk.service.AwardJobService;
import org.microcred.enrolment.bulk.service.AwardJobSubmissions;
import org.microcred.support.rest.BodySizeLimit;
import org.microcred.support.security.Caller;

/**
 * Bulk awards: an issuer-admin or the institution's LMS integration submits a batch of award requests (JSON or CSV),
 * answered 202 with the job, whose good rows are applied in the background; the same batch again answers its job
 * (200). Every job of the caller's tenant can be followed, listed, reported and cancelled; another tenant's is 404.
 */
@Path(AwardJobViews.BASE)
@RolesAllowed({"issuer-admin", "lms-integration"})
public class AwardJobResource {

    static final String CSV = "text/csv";

    private final AwardJobSubmissions submissions;
    private final AwardJobService jobs;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final AwardJobsConfig config;
    /** The body limit: {@code microcred.http.body-limit.paths."/api/v1/award-jobs"}. */
    private final BodySizeLimit limits;

    public AwardJobResource(AwardJobSubmissions submissions, AwardJobService jobs, Caller caller, ObjectMapper mapper,
            AwardJobsConfig config, BodySizeLimit limits) {
        this.submissions = submissions;
        this.jobs = jobs;
        this.caller = caller;
        this.mapper = mapper;
        this.config = config;
        this.limits = limits;
    }

    /** {@code {"rows": [award request, ...]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submitJson(byte[] body, @Context HttpServerRequest request) {
        return submit(body, request, bytes -> BatchRows.fromJson(mapper, bytes, config.maxRows()));
    }

    /** CSV with a header row ({@link BatchRows#COLUMNS}). */
    @POST
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submitCsv(byte[] body, @Context HttpServerRequest request) {
        return submit(body, request, bytes -> BatchRows.fromCsv(mapper, bytes, config.maxRows()));
    }

    private Uni<Response> submit(byte[] body, HttpServerRequest request, Function<byte[], List<JsonNode>> read) {
        byte[] bytes = body == null ? new byte[0] : body;
        long maxBodyBytes = limits.limitOf(request);
        if (bytes.length > maxBodyBytes) {
            // A body sent without a declared length (chunked); a declared one was refused before it was read.
            throw BodySizeLimit.tooLarge(maxBodyBytes);
        }
        String tenantId = caller.tenantId();
        List<JsonNode> rows = read.apply(bytes);
        return submissions.submit(tenantId, caller.userId(), rows)
                .chain(submitted -> jobs.stateOf(submitted.job())
                        .map(state -> AwardJobViews.view(state, mapper, true))
                        .map(view -> (submitted.created() ? Response.accepted(view) : Response.ok(view))
                                .type(MediaType.APPLICATION_JSON).location(URI.create(view.statusUrl())).build()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<AwardJobViews.JobView> status(@RestPath UUID id) {
        return jobs.state(caller.tenantId(), id).map(state -> AwardJobViews.view(state, mapper, true));
    }

    /** Newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Page<AwardJobViews.JobView>> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(100_000) int offset) {
        return jobs.list(caller.tenantId(), limit, offset)
                .map(page -> page.map(state -> AwardJobViews.view(state, mapper, false)));
    }

    @POST
    @Path("/{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<AwardJobViews.JobView> cancel(@RestPath UUID id) {
        return jobs.cancel(caller.tenantId(), id).map(state -> AwardJobViews.view(state, mapper, true));
    }

    /** One line per row, in order: CSV, or JSON when the client accepts JSON and not CSV. */
    @GET
    @Path("/{id}/report")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    public Uni<Response> report(@RestPath UUID id, @Context HttpHeaders headers) {
        boolean json = headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType())
                .findFirst().map(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
        return jobs.report(caller.tenantId(), id).map(rows -> {
            List<AwardJobViews.ReportLine> lines = rows.stream().map(row -> AwardJobViews.line(row, mapper)).toList();
            return json ? Response.ok(lines, MediaType.APPLICATION_JSON).build()
                    : Response.ok(AwardJobViews.csv(lines), CSV + "; charset=UTF-8")
                            .header("Content-Disposition", "attachment; filename=\"award-job-" + id + ".csv\"").build();
        });
    }
}
