package org.microcred.wallet.presentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.events.EventCodec;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.verification.rest.ClientCost;
import org.microcred.wallet.verification.rest.RequestText;

/**
 * The earner's wallet app answers a presentation request through VCALM, as the Learner Credential Wallet walks a
 * {@code vcapi} interaction (found at the interaction URL, {@link PresentationInteractionResource}):
 * {@code POST <exchange URL>} with {@code {}} answers the
 * {@code verifiablePresentationRequest}; the same with {@code {"verifiablePresentation": ...}} is the answer, checked
 * ({@link PresentationVerification}) and recorded, answered {@code {}} (or {@code {"redirectUrl": ...}} when the
 * recognizer gave one). Public and rate-limited, each verification charged to the client; the request id is the
 * capability.
 */
@PermitAll
@Path("/presentation-exchanges/{id}")
public class PresentationExchangeResource {

    /** The largest body read: the presentation limit of the holder-proof library. */
    static final int MAX_BODY_BYTES = PresentationProofs.MAX_PRESENTATION_BYTES;

    private final PresentationRequests requests;
    private final PresentationLinks links;
    private final ClientCost cost;

    public PresentationExchangeResource(PresentationRequests requests, PresentationLinks links, ClientCost cost) {
        this.requests = requests;
        this.links = links;
        this.cost = cost;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM exchange of a presentation request: {} for the request, {verifiablePresentation} to"
            + " answer it")
    @APIResponse(responseCode = "200", description = "The verifiablePresentationRequest; or, after a presentation,"
            + " {} or {redirectUrl}")
    @APIResponse(responseCode = "400", description = "did-authentication-failed (wrong challenge or domain, a key"
            + " not the holder's), credential-not-requested, no-credential, unsupported-credential, validation")
    @APIResponse(responseCode = "404", description = "Unknown request")
    @APIResponse(responseCode = "409", description = "presentation-request-answered: answered once")
    @APIResponse(responseCode = "410", description = "presentation-request-expired")
    @APIResponse(responseCode = "413", description = "body-too-large")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Uni<Response> exchange(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String id, byte[] body,
            @Context HttpServerRequest http) {
        ObjectNode message = readObject(RequestText.utf8(body, MAX_BODY_BYTES, "request"));
        JsonNode presentation = message.get("verifiablePresentation");
        Uni<Object> answer;
        if (presentation == null) {
            answer = requests.open(id).map(open -> open.query().request(open.challenge, open.domain));
        } else if (!presentation.isObject()) {
            throw ProblemException.invalid("verifiablePresentation", "must be a verifiable presentation object");
        } else {
            answer = requests.answerFromWalletApp(id, presentation, cost.of(http)).map(answered ->
                    answered.redirectUrl == null ? Map.of() : Map.of("redirectUrl", answered.redirectUrl));
        }
        return answer.map(entity -> Response.ok(entity).header("Cache-Control", "no-store").build());
    }

    private static ObjectNode readObject(String body) {
        try {
            JsonNode node = EventCodec.mapper().readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw ProblemException.invalid("body", "a JSON object is required");
    }
}
