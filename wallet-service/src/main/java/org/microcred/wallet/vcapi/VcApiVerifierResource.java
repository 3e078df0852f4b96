package org.microcred.wallet.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.BakedText;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.CredentialVerifier;
import org.microcred.wallet.verification.HolderAuthentication;
import org.microcred.wallet.verification.Json;
import org.microcred.wallet.verification.rest.ClientCost;
import org.microcred.wallet.verification.rest.RequestText;

/**
 * The VC-API (VCALM) verifier, for anyone: {@code POST .../credentials/verify} with
 * {@code {verifiableCredential, options}} and {@code POST .../presentations/verify} with
 * {@code {verifiablePresentation, options: {challenge, domain}}}. The wallet's own verifier does the work (keys by
 * did:key, did:web and https controller documents under the public-web fetch rules, status lists, validity, cost
 * bounds); this resource only speaks VCALM's shapes ({@link VcApiResult}). Public, so rate-limited per client like
 * {@code /api/v1/verify} (service-support's {@code PublicRateLimit}, path {@code /api/v1/verifier/}) and charged
 * each verification's cost ({@link ClientCost}). Blocking: keys and lists may be fetched.
 */
@Path("/api/v1/verifier")
@PermitAll
public class VcApiVerifierResource {

    private final CredentialVerifier verifier;
    private final HolderAuthentication holders;
    private final BodySizeLimit limits;
    private final ClientCost cost;

    public VcApiVerifierResource(CredentialVerifier verifier, HolderAuthentication holders, BodySizeLimit limits,
            ClientCost cost) {
        this.verifier = verifier;
        this.holders = holders;
        this.limits = limits;
        this.cost = cost;
    }

    @POST
    @Path("/credentials/verify")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM: verify a credential (Data Integrity or {verifiableCredential: \"<VC-JWT>\"})")
    @APIResponse(responseCode = "200", description = "verified: true")
    @APIResponse(responseCode = "400", description = "verified: false, malformed request")
    @APIResponse(responseCode = "413", description = "verified: false, too large")
    @APIResponse(responseCode = "422", description = "verified: false, with the failed checks as errors")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Response verifyCredential(byte[] body, @Context HttpServerRequest request) {
        VcApiResult result;
        try {
            JsonNode root = body(body, request);
            checks(root.path("options"));
            result = credential(root.get("verifiableCredential"), cost.of(request));
        } catch (ProblemException e) {
            result = VcApiResult.refused(e);
        } catch (CredentialException e) {
            result = VcApiResult.of(e);
        }
        return answer(result);
    }

    @POST
    @Path("/presentations/verify")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM: verify a presentation's authentication proof (challenge, domain) and each credential")
    @APIResponse(responseCode = "200", description = "verified: true")
    @APIResponse(responseCode = "400", description = "verified: false, malformed request or presentation")
    @APIResponse(responseCode = "422", description = "verified: false: the holder's proof or a credential fails")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Response verifyPresentation(byte[] body, @Context HttpServerRequest request) {
        try {
            JsonNode root = body(body, request);
            JsonNode presentation = root.get("verifiablePresentation");
            if (presentation == null || !presentation.isObject()) {
                throw malformed("The body must hold the presentation as 'verifiablePresentation' (a JSON object)");
            }
            String challenge = required(root.path("options"), "challenge");
            String domain = required(root.path("options"), "domain");
            CostMeter meter = cost.of(request);
            HolderAuthentication.Outcome outcome = holders.authenticate(presentation, challenge, domain, meter);
            if (outcome.refusal() != null) {
                return answer(refusal(outcome.refusal()));
            }
            List<VcApiResult> credentials = new ArrayList<>();
            for (JsonNode credential : outcome.presentation().credentials()) {
                credentials.add(credentialOrRefusal(credential, meter));
            }
            return answer(PresentationResults.of(credentials));
        } catch (ProblemException e) {
            return answer(VcApiResult.refused(e));
        } catch (CredentialException e) {
            return answer(VcApiResult.of(e));
        }
    }

    private VcApiResult credentialOrRefusal(JsonNode credential, CostMeter meter) {
        try {
            return credential(credential, meter);
        } catch (CredentialException e) {
            return VcApiResult.of(e);
        } catch (ProblemException e) {
            return VcApiResult.refused(e);
        }
    }

    /** A credential secured by embedded proofs, or enveloped as a VC-JWT string. */
    private VcApiResult credential(JsonNode credential, CostMeter meter) {
        if (credential != null && credential.isTextual() && BakedText.isCompactJws(credential.asText())) {
            return VcApiResult.of(verifier.verifyJwt(credential.asText(), meter));
        }
        if (credential == null || !credential.isObject()) {
            throw malformed("The credential must be a JSON object (or a VC-JWT string) as 'verifiableCredential'");
        }
        return VcApiResult.of(verifier.verifyJson(credential.toString(), meter));
    }

    private JsonNode body(byte[] body, HttpServerRequest request) {
        return Json.credential(RequestText.utf8(body, limits.limitOf(request), "request"));
    }

    /** {@code options.checks}, when given, names checks; every check is made whatever it names. */
    private static void checks(JsonNode options) {
        if (options.isMissingNode()) {
            return;
        }
        JsonNode checks = options.path("checks");
        if (!options.isObject() || (!checks.isMissingNode() && !(checks.isArray()
                && java.util.stream.StreamSupport.stream(checks.spliterator(), false).allMatch(JsonNode::isTextual)))) {
            throw malformed("options must be an object, and options.checks an array of check names");
        }
    }

    private static String required(JsonNode options, String name) {
        JsonNode value = options.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed("options." + name + " is required: the " + name + " the presentation's authentication"
                    + " proof must carry");
        }
        return value.asText();
    }

    /** A presentation that cannot be read is malformed (400); one whose holder proof fails is not verified (422). */
    private static VcApiResult refusal(HolderProofException e) {
        int status = HolderProofException.MALFORMED.equals(e.reason()) ? 400
                : HolderProofException.TOO_LARGE.equals(e.reason()) ? 413 : 422;
        return VcApiResult.failed(status, e.reason(), "The presentation's authentication proof is refused",
                e.getMessage());
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-request", "Malformed request", detail);
    }

    private static Response answer(VcApiResult result) {
        return Response.status(result.status()).type(MediaType.APPLICATION_JSON).entity(result).build();
    }
}
