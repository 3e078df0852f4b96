package org.microcred.wallet.verification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.CanonicalizationBudget;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.verification.VerificationBusyException;

/**
 * A credential or image that cannot be checked at all becomes an RFC 9457 problem whose type is
 * the library's slug ({@code https://microcred.org/problems/unknown-context}...): 413 when it is too
 * large, 400 when the input is not even well-formed (not JSON, not a JWS, unsafe XML), 422 when it
 * is well-formed but cannot be checked (a context that is not bundled, an unsupported proof or
 * cryptosuite, an image without a credential, a credential that would cost too much to verify:
 * {@code verification-too-costly}). All verification places taken: 503 {@code verification-busy} with
 * {@code Retry-After}.
 */
public class CredentialProblems {

    private static final Set<String> MALFORMED = Set.of("malformed-json", "malformed-jwt", "malformed-credential",
            "malformed-image", "unsafe-xml");
    private static final Map<String, String> TITLES = Map.of(
            "unknown-context", "Unknown JSON-LD context",
            "unsupported-cryptosuite", "Unsupported cryptosuite",
            "no-credential", "No credential in the image",
            "unsafe-xml", "Unsafe XML",
            "too-large", "Too large",
            "unsupported-image", "Unsupported image",
            CanonicalizationBudget.TOO_COSTLY, "Verification too costly");

    @ServerExceptionMapper
    public Response map(CredentialException e, UriInfo uri) {
        return respond(toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response busy(VerificationBusyException e, UriInfo uri) {
        return Response.fromResponse(respond(e, uri)).header("Retry-After", e.retryAfterSeconds()).build();
    }

    static ProblemException toProblem(CredentialException e) {
        String slug = e.problem() == null ? "unverifiable" : e.problem();
        int status = "too-large".equals(slug) ? 413 : MALFORMED.contains(slug) ? 400 : 422;
        String title = TITLES.getOrDefault(slug, status == 400 ? "Malformed input" : "Credential cannot be checked");
        return new ProblemException(status, slug, title, e.getMessage());
    }

    private static Response respond(ProblemException problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem(uri == null ? null : uri.getPath())).build();
    }
}
