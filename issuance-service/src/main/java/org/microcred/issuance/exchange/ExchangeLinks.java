package org.microcred.issuance.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.microcred.events.EventCodec;
import org.microcred.issuance.config.PublicBaseUrlConfig;
import org.microcred.issuance.service.IssuerDirectory;

/**
 * The addresses of an exchange, under the public base URL, and the three forms of link the Learner Credential Wallet
 * opens (read from its source, docs/wallets/lcw.md):
 * <ul>
 * <li>the VCALM interaction URL {@code <base>/interactions/<id>?iuv=1}, which answers {@code {"protocols": {"vcapi":
 * <exchange URL>}}} to {@code Accept: application/json};</li>
 * <li>{@code https://lcw.app/request?request=<JSON>}: the wallet's own link, whose {@code request} parameter is an
 * exchange invitation {@code {"credentialRequestOrigin": <base>, "protocols": {"vcapi": <exchange URL>}}} (releases
 * before the interaction URL required {@code credentialRequestOrigin});</li>
 * <li>the older {@code dccrequest://request?issuer=...&vc_request_url=...&challenge=...&auth_type=bearer}, whose
 * {@code vc_request_url} takes the DID-authentication presentation itself and answers the credential.</li>
 * </ul>
 */
@ApplicationScoped
public class ExchangeLinks {

    static final String INTERACTIONS = "/interactions/";
    static final String EXCHANGES = "/exchanges/";
    static final String DCC_REQUEST = "/dcc-request";
    static final String LCW_REQUEST = "https://lcw.app/request?request=";
    static final String DCC_DEEP_LINK = "dccrequest://request?";

    private final String base;
    private final IssuerDirectory issuers;

    public ExchangeLinks(PublicBaseUrlConfig publicBaseUrl, IssuerDirectory issuers) {
        this.base = publicBaseUrl.base();
        this.issuers = issuers;
    }

    String exchangeUrl(String exchangeId) {
        return base + EXCHANGES + exchangeId;
    }

    String interactionUrl(String exchangeId) {
        return base + INTERACTIONS + exchangeId + "?iuv=1";
    }

    String dccRequestUrl(String exchangeId) {
        return exchangeUrl(exchangeId) + DCC_REQUEST;
    }

    /** The origin of the public base URL: the {@code domain} a DID authentication of the VCALM exchange carries. */
    String domain() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    String lcwRequest(String exchangeId) {
        ObjectNode invitation = EventCodec.mapper().createObjectNode().put("credentialRequestOrigin", domain());
        invitation.putObject("protocols").put("vcapi", exchangeUrl(exchangeId));
        try {
            return LCW_REQUEST + encode(EventCodec.mapper().writeValueAsString(invitation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    String dccRequest(String tenantId, String exchangeId, String challenge) {
        return DCC_DEEP_LINK + "issuer=" + encode(issuers.issuerId(tenantId))
                + "&vc_request_url=" + encode(dccRequestUrl(exchangeId))
                + "&challenge=" + encode(challenge)
                + "&auth_type=bearer";
    }

    private static String encode(String value) {
        // URLEncoder writes a space as '+', which LCW would read back as a space; none of these values has one,
        // and '%20' is what a URI means by it anyway.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
