package org.microcred.wallet.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.service.WalletService;
import org.microcred.wallet.verification.rest.VerifyResource;

/**
 * The answer to {@code GET /api/v1/wallet/credentials/{id}}: the form the client ranks first (the JSON document, or
 * the VC-JWT), the status in headers (the body is the issuer's document, so the status cannot go in it), and the ETag
 * over all of that, or 304 when the client holds it already.
 */
final class CredentialAnswer {

    static final String VC_JWT = VerifyResource.VC_JWT;

    private CredentialAnswer() {
    }

    /** 406 {@code no-jwt} when the VC-JWT form is wanted and the credential has none. */
    static Response of(WalletService.Entry entry, HttpHeaders request) {
        WalletCredential credential = entry.credential();
        boolean jwt = wantsJwt(request.getAcceptableMediaTypes());
        if (jwt && credential.credentialJwt == null) {
            throw new ProblemException(406, "no-jwt", "Not acceptable",
                    "Credential " + credential.id + " was not issued as a VC-JWT; ask for application/json");
        }
        String type = jwt ? VC_JWT : MediaType.APPLICATION_JSON;
        String body = jwt ? credential.credentialJwt : credential.document;
        CredentialStatus status = entry.status();
        String statusName = (status == null ? CredentialStatus.Status.ACTIVE : status.status).name();
        String changedAt = status == null ? null : status.changedAt.toString();
        String reason = status == null || status.reason == null ? null
                : URLEncoder.encode(status.reason, StandardCharsets.UTF_8).replace("+", "%20");
        String etag = EntityTags.of(body, type, statusName, changedAt, reason);
        Response notModified = EntityTags.notModified(request, etag, EntityTags.PRIVATE_REVALIDATE, "Accept");
        if (notModified != null) {
            return notModified;
        }
        Response.ResponseBuilder ok = Response.ok(body, type).header("Credential-Status", statusName);
        if (changedAt != null) {
            ok.header("Credential-Status-Changed-At", changedAt);
        }
        if (reason != null) {
            ok.header("Credential-Status-Reason", reason);
        }
        return ok.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, EntityTags.PRIVATE_REVALIDATE)
                .header(HttpHeaders.VARY, "Accept").build();
    }

    /**
     * Whether the client ranks the VC-JWT form above JSON. The media types come sorted by preference;
     * a wildcard or any JSON type first keeps the default, the JSON document.
     */
    static boolean wantsJwt(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if ("application".equalsIgnoreCase(type.getType()) && "vc+jwt".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
