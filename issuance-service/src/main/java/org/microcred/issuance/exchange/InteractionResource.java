package org.microcred.issuance.exchange;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.capability.CapabilityValues;

/**
 * The VCALM interaction URL of an exchange ({@code /interactions/<id>?iuv=1}). A wallet asks it with
 * {@code Accept: application/json} and gets the protocols it can continue with: {@code {"protocols": {"vcapi":
 * <exchange URL>}}}. A browser (a phone's camera app opening the QR code) gets a tiny page pointing at the wallet
 * app instead. Public and rate-limited; the id is the capability; an unknown, used or expired exchange answers as
 * the exchange itself would (404, 409, 410).
 */
@Path("/interactions/{exchangeId}")
public class InteractionResource {

    private final Exchanges exchanges;
    private final ExchangeLinks links;

    public InteractionResource(Exchanges exchanges, ExchangeLinks links) {
        this.exchanges = exchanges;
        this.links = links;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> protocols(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String exchangeId) {
        return exchanges.open(exchangeId).map(open -> Response
                .ok(Map.of("protocols", Map.of("vcapi", links.exchangeUrl(exchangeId))))
                .header("Cache-Control", "no-store").build());
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> page(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String exchangeId) {
        // The id matched the pattern (base64url characters only) and the URLs are ours: nothing here needs escaping.
        return exchanges.open(exchangeId).map(open -> Response.ok("<!doctype html><html lang=\"en\"><head>"
                        + "<meta charset=\"utf-8\"><title>Receive your credential</title></head><body>"
                        + "<p>Open this link in your wallet app to receive your credential:</p>"
                        + "<p><a href=\"" + links.lcwRequest(exchangeId).replace("&", "&amp;")
                        + "\">Learner Credential Wallet</a></p></body></html>")
                .header("Cache-Control", "no-store").build());
    }
}
