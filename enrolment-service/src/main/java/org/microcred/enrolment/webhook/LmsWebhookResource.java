package org.microcred.enrolment.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;

/**
 * The LMS webhook of each institution. No bearer token: the Standard Webhooks signature under the
 * tenant's secret is the authentication. Deliveries are applied synchronously (the LMS learns the
 * enrolment id, or why a report was refused, in the answer) and exactly once per webhook-id.
 */
@Path("/api/v1/webhooks/lms/{tenant}")
public class LmsWebhookResource {

    /** Larger bodies are refused (413) before anything else is done with them. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern WEBHOOK_ID = Pattern.compile("[\\p{Graph}]{1,255}");

    private final WebhookSecrets secrets;
    private final LmsMessageParser parser;
    private final LmsWebhookService service;

    public LmsWebhookResource(WebhookSecrets secrets, LmsMessageParser parser, LmsWebhookService service) {
        this.secrets = secrets;
        this.parser = parser;
        this.service = service;
    }

    @POST
    @PermitAll
    public Uni<Response> receive(@RestPath String tenant, @RestHeader("webhook-id") String webhookId,
            @RestHeader("webhook-timestamp") String timestamp, @RestHeader("webhook-signature") String signature,
            byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload too large",
                    "A webhook body may have at most " + MAX_BODY_BYTES + " bytes");
        }
        // An unknown tenant fails like a bad signature: the answer does not tell which tenants exist.
        WebhookSignature.verify(secrets.of(tenant).orElse(null), webhookId, timestamp, signature, bytes, Instant.now());
        if (!WEBHOOK_ID.matcher(webhookId).matches()) {
            throw ProblemException.invalid("webhook-id", "must be 1 to 255 visible characters");
        }
        LmsMessage message = parser.parse(bytes);
        return service.handle(tenant, webhookId, bytes, message)
                .map(answer -> Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                        .entity(answer.json()).build());
    }
}
