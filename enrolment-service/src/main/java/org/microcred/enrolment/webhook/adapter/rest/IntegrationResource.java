package org.microcred.enrolment.webhook.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.CourseMappingRequest;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.CourseMappingView;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.IntegrationRequest;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.IntegrationView;
import org.microcred.enrolment.webhook.adapter.service.IntegrationService;
import org.microcred.enrolment.webhook.rest.DeliveryViews;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * An institution's platform integrations (Canvas, Moodle, Open edX), their course mappings and the deliveries each
 * platform sent (IGNORED ones with why). Issuer-admins of the tenant only; the tenant is the token's.
 */
@Path("/api/v1/lms/integrations")
@RolesAllowed("issuer-admin")
public class IntegrationResource {

    /** A platform course id: Canvas and Moodle ids are numbers, Open edX keys {@code course-v1:Org+Course+Run}. */
    private static final String COURSE_ID = "[\\p{Graph}]{1,255}";

    private final IntegrationService integrations;
    private final Caller caller;
    private final ObjectMapper mapper;

    public IntegrationResource(IntegrationService integrations, Caller caller, ObjectMapper mapper) {
        this.integrations = integrations;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    public Uni<List<IntegrationView>> list() {
        return integrations.list(caller.tenantId()).map(all -> all.stream().map(IntegrationView::of).toList());
    }

    @GET
    @Path("/{platform}")
    public Uni<IntegrationView> get(@RestPath String platform) {
        return integrations.get(caller.tenantId(), platform(platform)).map(IntegrationView::of);
    }

    /** Creates or replaces the integration (200 either way); the secret is write-only. */
    @PUT
    @Path("/{platform}")
    public Uni<IntegrationView> put(@RestPath String platform, @NotNull @Valid IntegrationRequest request) {
        return integrations.put(caller.tenantId(), platform(platform), request).map(IntegrationView::of);
    }

    /** 204; its course mappings go with it. */
    @DELETE
    @Path("/{platform}")
    public Uni<Response> delete(@RestPath String platform) {
        return integrations.delete(caller.tenantId(), platform(platform)).map(done -> Response.noContent().build());
    }

    @GET
    @Path("/{platform}/courses")
    public Uni<Page<CourseMappingView>> courses(@RestPath String platform,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset) {
        return integrations.mappings(caller.tenantId(), platform(platform), limit, offset)
                .map(page -> page.map(CourseMappingView::of));
    }

    @PUT
    @Path("/{platform}/courses/{courseId}")
    public Uni<CourseMappingView> putCourse(@RestPath String platform,
            @RestPath @Pattern(regexp = COURSE_ID, message = "must be 1 to 255 visible characters") String courseId,
            @NotNull @Valid CourseMappingRequest request) {
        return integrations.putMapping(caller.tenantId(), platform(platform), courseId, request)
                .map(CourseMappingView::of);
    }

    @DELETE
    @Path("/{platform}/courses/{courseId}")
    public Uni<Response> deleteCourse(@RestPath String platform, @RestPath String courseId) {
        return integrations.deleteMapping(caller.tenantId(), platform(platform), courseId)
                .map(done -> Response.noContent().build());
    }

    /** The platform's deliveries, newest first; {@code status=IGNORED} lists what was ignored and why. */
    @GET
    @Path("/{platform}/deliveries")
    public Uni<List<DeliveryViews.DeliveryView>> deliveries(@RestPath String platform,
            @QueryParam("status") @Pattern(regexp = "RECEIVED|PROCESSED|FAILED|IGNORED",
                    message = "must be RECEIVED, PROCESSED, FAILED or IGNORED") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset) {
        return integrations.deliveries(caller.tenantId(), platform(platform),
                        status == null ? null : WebhookDelivery.Status.valueOf(status), limit, offset)
                .map(all -> all.stream().map(d -> DeliveryViews.view(d, mapper)).toList());
    }

    private static Platform platform(String slug) {
        return Platform.of(slug).orElseThrow(() -> ProblemException.notFound("Platform", slug.length() <= 50
                ? slug : "(too long)"));
    }
}
