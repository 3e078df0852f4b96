package org.microcred.wallet.page;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.microcred.credentials.CredentialException;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.verification.VerificationReport;
import org.microcred.wallet.verification.rest.VerifyResource;

/**
 * The public "verify a file" page: a form (no script needed) where a person chooses a baked badge (PNG or SVG) or a
 * credential file (JSON or VC-JWT), or pastes one, and reads the report in plain words. A submission goes through
 * {@link VerifyResource}'s own methods, so its checks, body limits, verification cost (charged to the client's rate
 * limit, this path being under {@code /api/v1/public/}) and metrics are the API's. A submission that cannot be checked
 * at all answers its problem's status (400, 413, 422) with the page saying why, to a browser; a client that does not
 * rank HTML above JSON (a script posting the form, no {@code Accept}) gets the same problem as an RFC 9457 document,
 * as from every other endpoint.
 */
@Path("/api/v1/public/verify")
public class VerifyPageResource {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private final Template verify;
    private final VerifyResource api;

    public VerifyPageResource(@Location("page/verify.html") Template verify, VerifyResource api) {
        this.verify = verify;
        this.api = api;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The verify-a-file page: a form to choose or paste a badge or credential")
    @APIResponse(responseCode = "200", description = "The page")
    public Response form() {
        return html(200, VerifyPage.EMPTY);
    }

    /** Multipart fields {@code file} (a chosen file) or {@code text} (pasted); the file wins when both are sent. */
    @POST
    @PermitAll
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Verify a chosen file or pasted text; the page with the report in plain words")
    @APIResponse(responseCode = "200", description = "The page with the report")
    @APIResponse(responseCode = "400", description = "The page saying why the input is not well-formed")
    @APIResponse(responseCode = "413", description = "The page: too large")
    @APIResponse(responseCode = "422", description = "The page: not checkable")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Response submit(@RestForm("file") FileUpload file, @RestForm("text") String text,
            @Context HttpServerRequest request, @Context HttpHeaders headers) {
        boolean browser = PublicPages.wantsHtml(headers.getAcceptableMediaTypes());
        try {
            VerificationReport report = check(file, text, request);
            return html(200, new VerifyPage(PlainReport.of(report), report.credentialId(), report.issuer(), null));
        } catch (CredentialException e) {
            return problem(VerifyResource.problemOf(e), browser);
        } catch (ProblemException e) {
            return problem(e, browser);
        }
    }

    private VerificationReport check(FileUpload file, String text, HttpServerRequest request) {
        if (file != null && file.uploadedFile() != null && file.size() > 0) {
            byte[] head = firstBytes(file, 256);
            if (startsWith(head, PNG_SIGNATURE) || new String(head, StandardCharsets.UTF_8).strip().startsWith("<")) {
                return api.verifyBaked(file, request);
            }
            return verifyText(readAll(file), request);
        }
        if (text != null && !text.isBlank()) {
            return verifyText(text.strip().getBytes(StandardCharsets.UTF_8), request);
        }
        throw ProblemException.invalid("file", "choose a file or paste a credential");
    }

    /** JSON (an embedded proof, or {"jwt": ...}) or a compact VC-JWT, told apart as the API's media types would. */
    private VerificationReport verifyText(byte[] body, HttpServerRequest request) {
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
        return start.startsWith("{") ? api.verify(body, request) : api.verifyJwt(body, request);
    }

    /** The whole file: the API holds it to its body limit (413) when it verifies it. */
    private static byte[] readAll(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] firstBytes(FileUpload file, int count) {
        try (var in = Files.newInputStream(file.uploadedFile())) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private Response problem(ProblemException e, boolean browser) {
        if (!browser) {
            throw e; // answered by the problem mapper, application/problem+json
        }
        return html(e.status(), new VerifyPage(null, null, null, e.getMessage()));
    }

    private Response html(int status, VerifyPage page) {
        return Response.status(status).type(PublicPages.HTML).entity(verify.data("page", page).render())
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", PublicPages.csp(null))
                .build();
    }
}
