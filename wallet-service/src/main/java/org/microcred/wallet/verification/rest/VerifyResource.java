package org.microcred.wallet.verification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.BakedText;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.metrics.VerificationMetrics;
import org.microcred.wallet.verification.CredentialVerifier;
import org.microcred.wallet.verification.Json;
import org.microcred.wallet.verification.VerificationReport;

/**
 * Verification for anyone (recognizers have no account), rate-limited per client address by service-support's
 * {@code PublicRateLimit}, which each verification is also charged its cost ({@link ClientCost}): one unit per proof
 * and per status list, more for a large credential. 200 with the report whenever the credential could be checked,
 * verified or not; a 4xx problem naming what is wrong when it could not be checked at all.
 * Blocking: keys and status lists may be fetched, so these run on worker threads.
 */
@Path("/api/v1/verify")
public class VerifyResource {

    public static final String VC_JWT = "application/vc+jwt";

    private final CredentialVerifier verifier;
    private final BadgeImages images;
    /**
     * A credential (JSON or VC-JWT) and a baked image upload are held to the body limits of
     * {@code application.properties} ({@code microcred.http.body-limit.*}); a body that declared its length was
     * checked before it was read, one that did not is checked here against the same limit.
     */
    private final BodySizeLimit limits;
    private final ClientCost cost;
    private final VerificationMetrics metrics;

    public VerifyResource(CredentialVerifier verifier, BadgeImages images, BodySizeLimit limits, ClientCost cost,
            VerificationMetrics metrics) {
        this.metrics = metrics;
        this.verifier = verifier;
        this.images = images;
        this.limits = limits;
        this.cost = cost;
    }

    /**
     * A credential with an embedded (Data Integrity) proof, or {@code {"jwt": "<compact JWS>"}} for a
     * VC-JWT.
     */
    @POST
    @PermitAll
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json", "application/vc"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential with a Data Integrity proof, or {\"jwt\": ...}")
    @APIResponse(responseCode = "200", description = "The verification report")
    @APIResponse(responseCode = "400", description = "malformed-json, malformed-credential (not well-formed)")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422",
            description = "unknown-context, unsupported-cryptosuite, verification-too-costly, ... (not checkable)")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public VerificationReport verify(byte[] body, @Context HttpServerRequest request) {
        String text = RequestText.utf8(body, limits.limitOf(request), "credential");
        JsonNode credential = Json.credential(text);
        if (credential.size() == 1 && credential.path("jwt").isTextual()) {
            return metrics.counted(verifier.verifyJwt(credential.get("jwt").asText(), costOf(request)));
        }
        return metrics.counted(verifier.verifyJson(text, costOf(request)));
    }

    /** A VC-JWT: the compact JWS itself is the body. */
    @POST
    @PermitAll
    @Blocking
    @Consumes({VC_JWT, "application/jwt"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a VC-JWT sent as the compact JWS itself")
    @APIResponse(responseCode = "200", description = "The verification report")
    @APIResponse(responseCode = "400", description = "malformed-jwt")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422",
            description = "unknown-context, unsupported-cryptosuite, verification-too-costly, ... (not checkable)")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public VerificationReport verifyJwt(byte[] body, @Context HttpServerRequest request) {
        return metrics.counted(verifier.verifyJwt(RequestText.utf8(body, limits.limitOf(request), "VC-JWT").trim(),
                costOf(request)));
    }

    /** A baked badge (multipart field {@code file}): PNG or SVG, told apart by its content. */
    @POST
    @Path("/baked")
    @PermitAll
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unbake a PNG or SVG badge and verify the credential it holds")
    @APIResponse(responseCode = "200", description = "The verification report")
    @APIResponse(responseCode = "400", description = "validation (no file), malformed-image, unsafe-xml")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422",
            description = "unknown-context, unsupported-cryptosuite, verification-too-costly, ... (not checkable)")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public VerificationReport verifyBaked(@RestForm("file") FileUpload file, @Context HttpServerRequest request) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "a PNG or SVG image is required");
        }
        long maxImage = limits.limitOf(request);
        if (file.size() > maxImage) {
            throw BodySizeLimit.tooLarge(maxImage);
        }
        byte[] image;
        try {
            image = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String credential = images.unbake(image);
        CostMeter cost = costOf(request);
        return metrics.counted(BakedText.isCompactJws(credential) ? verifier.verifyJwt(credential, cost)
                : verifier.verifyJson(credential, cost));
    }

    /**
     * The problem a credential or image that cannot be checked at all answers, for a caller that shows it in its own
     * form (the verify-a-file page) rather than as problem details.
     */
    public static ProblemException problemOf(CredentialException e) {
        return CredentialProblems.toProblem(e);
    }

    /** The calling client's rate limit, charged what its verification costs. */
    private CostMeter costOf(HttpServerRequest request) {
        return cost.of(request);
    }
}
