package org.microcred.issuance.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.events.EventCodec;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.issuance.holder.HolderCopy;
import org.microcred.support.problem.ProblemException;

/**
 * The exchange a wallet app walks (VCALM): {@code POST <exchange URL>} with {@code {}} answers the
 * {@code verifiablePresentationRequest} (a {@code DIDAuthentication} query, the challenge and the domain); the same
 * with {@code {"verifiablePresentation": ...}} checks its DID authentication and answers {@code
 * {"verifiablePresentation": {..., "verifiableCredential": [<copy>]}}}. The older dccrequest form posts the bare
 * presentation (no domain required) to {@code <exchange URL>/dcc-request} and gets the copy itself, which is what
 * the Learner Credential Wallet stores from that answer. Public and rate-limited: wallets have no account, the
 * exchange id is the capability.
 */
@Path("/exchanges/{exchangeId}")
public class VcApiExchangeResource {

    /** The largest body read: the presentation limit of the holder-proof library. */
    static final int MAX_BODY_BYTES = PresentationProofs.MAX_PRESENTATION_BYTES;

    private final Exchanges exchanges;
    private final ExchangeLinks links;

    public VcApiExchangeResource(Exchanges exchanges, ExchangeLinks links) {
        this.exchanges = exchanges;
        this.links = links;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> exchange(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String exchangeId,
            String body) {
        return Uni.createFrom().item(() -> readObject(body)).chain(request -> {
            JsonNode presentation = request.get("verifiablePresentation");
            if (presentation == null) {
                return exchanges.open(exchangeId)
                        .map(open -> VerifiablePresentations.didAuthenticationRequest(open.challenge(),
                                links.domain()));
            }
            if (!presentation.isObject()) {
                throw ProblemException.invalid("verifiablePresentation", "must be a verifiable presentation object");
            }
            return exchanges.complete(exchangeId, presentation, links.domain())
                    .map(copy -> VerifiablePresentations.holding(read(copy)));
        }).map(answer -> Response.ok(answer).header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/dcc-request")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> dccRequest(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String exchangeId,
            String body) {
        return Uni.createFrom().item(() -> readObject(body))
                .chain(presentation -> exchanges.complete(exchangeId, presentation, null))
                .map(copy -> Response.ok(read(copy)).header("Cache-Control", "no-store").build());
    }

    private static ObjectNode readObject(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "a JSON object is required");
        }
        if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "body-too-large", "Request too large",
                    "The body exceeds " + MAX_BODY_BYTES + " bytes");
        }
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

    private static JsonNode read(HolderCopy copy) {
        try {
            return EventCodec.mapper().readTree(copy.credential);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored ldp_vc copy is JSON", e);
        }
    }
}
