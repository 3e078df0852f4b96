package org.microcred.enrolment.webhook.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.metrics.WebhookDeliveryMetrics;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.SharedSecretSignature;
import org.microcred.enrolment.webhook.adapter.service.AdapterIntake;
import org.microcred.enrolment.webhook.rest.DeliveryViews;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;

/**
 * The webhook of each institution's Canvas, Moodle and Open edX, in what each platform sends. No bearer token: the
 * platform's signature is the authentication (401 {@code invalid-webhook-signature} otherwise, also for a tenant or
 * platform without an enabled integration). A verified event is answered 202 at once with the inbox's receipt:
 * RECEIVED (it will be applied), or IGNORED with why ({@code result.ignored}); the same event again answers the first.
 */
@Path("/api/v1/webhooks/lms/{tenant}/{platform: canvas|moodle|openedx}")
public class PlatformWebhookResource {

    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final AdapterIntake intake;
    private final ObjectMapper mapper;
    private final BodySizeLimit limits;
    private final WebhookDeliveryMetrics metrics;

    public PlatformWebhookResource(AdapterIntake intake, ObjectMapper mapper, BodySizeLimit limits,
            WebhookDeliveryMetrics metrics) {
        this.intake = intake;
        this.mapper = mapper;
        this.limits = limits;
        this.metrics = metrics;
    }

    @POST
    @PermitAll
    public Uni<Response> receive(@RestPath String tenant, @RestPath String platform,
            @RestHeader(SharedSecretSignature.TIMESTAMP) String timestamp,
            @RestHeader(SharedSecretSignature.SIGNATURE) String signature,
            byte[] body, @Context HttpServerRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        long maxBodyBytes = limits.limitOf(request);
        if (bytes.length > maxBodyBytes) {
            metrics.rejected();
            throw BodySizeLimit.tooLarge(maxBodyBytes);
        }
        if (!TENANT.matcher(tenant).matches()) {
            metrics.rejected();
            throw SharedSecretSignature.unauthenticated("No enabled " + platform + " integration here");
        }
        return intake.receive(tenant, Platform.of(platform).orElseThrow(),
                        new AdapterIntake.Signature(timestamp, signature), bytes)
                .onFailure(ProblemException.class).invoke(metrics::rejected)
                .map(stored -> {
                    DeliveryViews.Receipt receipt = DeliveryViews.receipt(stored, mapper);
                    return Response.accepted(receipt).type(MediaType.APPLICATION_JSON)
                            .location(URI.create(receipt.statusUrl())).build();
                });
    }
}
