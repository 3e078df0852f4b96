package org.microcred.wallet.presentation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.microcred.support.capability.QrSvg;
import org.microcred.support.problem.ProblemException;

/**
 * A recognizer (an employer, another institution: no account) asks an earner for proof; it reads the answer at the
 * result URL ({@link PresentationResultResource}). Public, so under the wallet's public rate limit.
 */
@Path("/api/v1/presentation-requests")
@PermitAll
public class PresentationRequestResource {

    static final String DEFAULT_REASON = "A recognizer asks for proof of this credential";

    private final PresentationRequests requests;
    private final PresentationLinks links;
    private final PresentationRequestConfig config;

    public PresentationRequestResource(PresentationRequests requests, PresentationLinks links,
            PresentationRequestConfig config) {
        this.requests = requests;
        this.links = links;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for an Open Badges 3.0 credential (of an achievement or an issuer): a presentation"
            + " request with its interaction URL, QR code and result URL")
    @APIResponse(responseCode = "201", description = "Made; the result URL (with its token) is shown only now")
    @APIResponse(responseCode = "400", description = "validation: neither or both of achievementId and issuerId,"
            + " a value that is not a URL, too long")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> create(@NotNull PresentationRequestBody body) {
        PresentationQuery query = query(body);
        String domain = body.domain() == null ? links.defaultDomain() : bounded("domain", body.domain());
        String redirect = body.redirectUrl() == null ? null : url("redirectUrl", body.redirectUrl());
        return requests.create(query, domain, redirect).map(created -> {
            String id = created.id();
            String interaction = links.interactionUrl(id);
            String resultUrl = links.resultUrl(created.resultToken());
            return Response.created(URI.create(resultUrl)).header("Cache-Control", "no-store")
                    .entity(new PresentationRequestView(id, interaction, links.exchangeUrl(id), links.lcwRequest(id),
                            QrSvg.of(interaction), created.request().challenge, domain, resultUrl,
                            created.resultToken(), created.request().expiresAt))
                    .build();
        });
    }

    private PresentationQuery query(PresentationRequestBody body) {
        if ((body.achievementId() == null) == (body.issuerId() == null)) {
            throw ProblemException.invalid("achievementId", "give exactly one of achievementId and issuerId");
        }
        String reason = body.reason() == null ? DEFAULT_REASON : body.reason().strip();
        if (reason.isEmpty() || reason.length() > config.maxReasonLength()) {
            throw ProblemException.invalid("reason", "between 1 and " + config.maxReasonLength() + " characters");
        }
        return body.achievementId() != null
                ? new PresentationQuery(identifier("achievementId", body.achievementId()), null, reason)
                : new PresentationQuery(null, identifier("issuerId", body.issuerId()), reason);
    }

    /** An achievement or issuer id: an absolute URI (https URL, urn:uuid, a DID). */
    private String identifier(String field, String value) {
        bounded(field, value);
        try {
            if (URI.create(value).isAbsolute()) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be an absolute URI (a URL, urn:uuid:..., a DID)");
    }

    private String url(String field, String value) {
        bounded(field, value);
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be an http(s) URL");
    }

    private String bounded(String field, String value) {
        if (value.isBlank() || value.length() > config.maxUrlLength()
                || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw ProblemException.invalid(field, "between 1 and " + config.maxUrlLength()
                    + " characters, without spaces");
        }
        return value;
    }
}
