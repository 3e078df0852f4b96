package org.microcred.wallet.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.microcred.credentials.CredentialException;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;
import org.microcred.support.security.Caller;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.external.ExternalCredentialConfig;
import org.microcred.wallet.external.ExternalCredentialService;
import org.microcred.wallet.external.ExternalCredentialService.Stored;
import org.microcred.wallet.external.ExternalVerification;
import org.microcred.wallet.external.ExternalVerification.Received;
import org.microcred.wallet.rest.ExternalCredentialViews.ExternalCredentialDetail;
import org.microcred.wallet.rest.ExternalCredentialViews.ExternalCredentialView;
import org.microcred.wallet.verification.Json;
import org.microcred.wallet.verification.rest.RequestText;

/**
 * Open Badges 3.0 credentials issued elsewhere, put into the earner's own wallet (issue 14 point 5): sent as JSON, as
 * a VC-JWT or baked into a PNG or SVG, verified with the public verifier's checks and limits, kept once per
 * credential. 201 when stored, 200 with the stored one when it was there already.
 */
@Path("/api/v1/wallet/external-credentials")
public class ExternalCredentialResource {

    private static final String REFUSALS = "credential-not-verified, not-open-badge, credential-revoked,"
            + " credential-suspended, credential-expired (the failed checks in errors), or not checkable at all"
            + " (malformed-json, malformed-jwt, unknown-context, verification-too-costly, ...)";
    private static final String NOT_OWN = "Not an external credential of the caller (unknown, another's, removed)";

    private final ExternalVerification verification;
    private final ExternalCredentialService credentials;
    private final BadgeImages images;
    private final BodySizeLimit limits;
    private final ExternalCredentialConfig config;
    private final Caller caller;
    private final Vertx vertx;

    public ExternalCredentialResource(ExternalVerification verification, ExternalCredentialService credentials,
            BadgeImages images, BodySizeLimit limits, ExternalCredentialConfig config, Caller caller, Vertx vertx) {
        this.verification = verification;
        this.credentials = credentials;
        this.images = images;
        this.limits = limits;
        this.config = config;
        this.caller = caller;
        this.vertx = vertx;
    }

    @POST
    @RolesAllowed("earner")
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json", "application/vc"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a credential from elsewhere (JSON with a Data Integrity proof, or {\"jwt\": ...})"
            + " into the caller's wallet")
    @APIResponse(responseCode = "201", description = "Verified and stored; Location names it")
    @APIResponse(responseCode = "200", description = "The same credential was in the wallet already: the stored one")
    @APIResponse(responseCode = "409", description = "own-credential: issued by an institution of this deployment;"
            + " too-many-external-credentials")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422", description = REFUSALS)
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Uni<Response> submitJson(byte[] body) {
        String text = RequestText.utf8(body, config.maxDocumentBytes(), "credential");
        return submit(() -> {
            JsonNode wrapper = parsed(text);
            if (wrapper != null && wrapper.size() == 1 && wrapper.path("jwt").isTextual()) {
                return new Received("jwt", wrapper.get("jwt").asText().trim());
            }
            return new Received("json", text);
        });
    }

    @POST
    @RolesAllowed("earner")
    @Consumes({"application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a credential from elsewhere, a VC-JWT sent as the compact JWS itself, into the caller's"
            + " wallet")
    @APIResponse(responseCode = "201", description = "Verified and stored; Location names it")
    @APIResponse(responseCode = "200", description = "The same credential was in the wallet already: the stored one")
    @APIResponse(responseCode = "409", description = "own-credential, too-many-external-credentials")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422", description = REFUSALS)
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Uni<Response> submitJwt(byte[] body) {
        String text = RequestText.utf8(body, config.maxDocumentBytes(), "VC-JWT").trim();
        return submit(() -> new Received("jwt", text));
    }

    @POST
    @RolesAllowed("earner")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a credential from elsewhere, baked into a PNG or SVG badge (multipart file), into the"
            + " caller's wallet")
    @APIResponse(responseCode = "201", description = "Verified and stored; Location names it")
    @APIResponse(responseCode = "200", description = "The same credential was in the wallet already: the stored one")
    @APIResponse(responseCode = "400", description = "validation (no file)")
    @APIResponse(responseCode = "409", description = "own-credential, too-many-external-credentials")
    @APIResponse(responseCode = "413", description = "body-too-large, too-large")
    @APIResponse(responseCode = "422", description = REFUSALS + ", unsupported-image, no-credential")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Uni<Response> submitBaked(@RestForm("file") FileUpload file, @Context HttpServerRequest request) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "a PNG or SVG image is required");
        }
        long maxImage = limits.limitOf(request);
        if (file.size() > maxImage) {
            throw BodySizeLimit.tooLarge(maxImage);
        }
        return submit(() -> {
            byte[] image;
            try {
                image = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String format = isPng(image) ? "baked-png" : "baked-svg";
            try {
                return new Received(format, images.unbake(image));
            } catch (CredentialException e) {
                int status = "too-large".equals(e.problem()) ? 413 : 422;
                throw new ProblemException(status, e.problem(), "No credential in the image", e.getMessage());
            }
        });
    }

    /** Reads and verifies on a worker thread (keys and status lists may be fetched), then stores. */
    private Uni<Response> submit(Supplier<Received> receive) {
        String tenantId = caller.tenantId();
        String earnerId = caller.userId();
        String email = caller.verifiedEmail();
        return vertx.executeBlocking(() -> verification.check(receive.get(), email, tenantId), false)
                .chain(accepted -> credentials.store(tenantId, earnerId, accepted))
                .map(ExternalCredentialResource::answer);
    }

    private static Response answer(Stored stored) {
        ExternalCredentialView view = ExternalCredentialView.of(stored.credential());
        return stored.created()
                ? Response.created(URI.create("/api/v1/wallet/external-credentials/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    /** By its signature, as the unbaking tells a PNG from an SVG. */
    private static boolean isPng(byte[] image) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return image.length >= signature.length
                && java.util.Arrays.equals(image, 0, signature.length, signature, 0, signature.length);
    }

    private static JsonNode parsed(String text) {
        try {
            return Json.credential(text);
        } catch (CredentialException e) {
            throw new ProblemException(422, e.problem(), "Credential cannot be checked", e.getMessage());
        }
    }

    @GET
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the caller's credentials from elsewhere, newest first, one page at a time")
    @APIResponse(responseCode = "200",
            description = "One page; Link rel=\"next\" when there may be more")
    @APIResponse(responseCode = "400",
            description = "limit out of 1..200 (validation), or a cursor this API did not give (bad-cursor)")
    public Uni<RestResponse<List<ExternalCredentialView>>> list(
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1)
            @Max(200) int limit,
            @Parameter(description = "where the page starts: the cursor of the previous page's Link, as given")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageCursor after = PageCursor.decode(cursor);
        return credentials.page(caller.tenantId(), caller.userId(), after, limit + 1)
                .map(rows -> NextPage.answer(PageCursor.page(rows, limit, c -> new PageCursor(c.submittedAt, c.id)),
                        ExternalCredentialView::of, uri, limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one of the caller's credentials from elsewhere: the document and its last"
            + " verification")
    @APIResponse(responseCode = "200", description = "The credential, its document as received and its checks")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    public Uni<ExternalCredentialDetail> get(@RestPath UUID id) {
        return credentials.get(caller.tenantId(), caller.userId(), id).map(ExternalCredentialDetail::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Remove one of the caller's credentials from elsewhere from the wallet")
    @APIResponse(responseCode = "204", description = "Removed; wallet.external-credential.status-changed REMOVED")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    public Uni<Void> remove(@RestPath UUID id) {
        return credentials.remove(caller.tenantId(), caller.userId(), id);
    }
}
