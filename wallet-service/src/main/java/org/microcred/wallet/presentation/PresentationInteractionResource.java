package org.microcred.wallet.presentation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.capability.CapabilityValues;

/**
 * The VCALM interaction URL of a presentation request ({@code /presentation-interactions/<id>?iuv=1}), what its QR
 * code holds: a wallet app asks it with {@code Accept: application/json} and gets {@code {"protocols": {"vcapi":
 * <exchange URL>}}} ({@link PresentationExchangeResource}); a browser (a phone's camera app) gets a page pointing at
 * the wallet app. Public and rate-limited; an unknown, answered or expired request answers 404, 409, 410.
 */
@Path("/presentation-interactions/{id}")
@PermitAll
public class PresentationInteractionResource {

    private final PresentationRequests requests;
    private final PresentationLinks links;

    public PresentationInteractionResource(PresentationRequests requests, PresentationLinks links) {
        this.requests = requests;
        this.links = links;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM interaction URL of a presentation request: the protocols a wallet app may continue with")
    @APIResponse(responseCode = "200", description = "{\"protocols\": {\"vcapi\": <exchange URL>}}")
    @APIResponse(responseCode = "404", description = "Unknown request")
    @APIResponse(responseCode = "409", description = "presentation-request-answered")
    @APIResponse(responseCode = "410", description = "presentation-request-expired")
    public Uni<Response> protocols(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String id) {
        return requests.open(id).map(open -> Response.ok(Map.of("protocols", Map.of("vcapi", links.exchangeUrl(id))))
                .header("Cache-Control", "no-store").build());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The interaction URL opened in a browser: a link to open it in a wallet app")
    @APIResponse(responseCode = "200", description = "A page with the wallet app's link")
    public Uni<Response> page(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String id) {
        // The id matched the pattern (base64url characters only) and the URLs are ours: nothing here needs escaping.
        return requests.open(id).map(open -> Response.ok("<!doctype html><html lang=\"en\"><head>"
                        + "<meta charset=\"utf-8\"><title>Share a credential</title></head><body>"
                        + "<p>Open this link in your wallet app to answer the request for proof:</p>"
                        + "<p><a href=\"" + links.lcwRequest(id).replace("&", "&amp;")
                        + "\">Learner Credential Wallet</a></p></body></html>")
                .header("Cache-Control", "no-store").build());
    }
}
