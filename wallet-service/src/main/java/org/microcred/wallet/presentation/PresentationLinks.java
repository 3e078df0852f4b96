package org.microcred.wallet.presentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.microcred.events.EventCodec;
import org.microcred.wallet.page.PageUrls;

/**
 * The addresses of a presentation request under the wallet's public base URL, in the forms the Learner Credential
 * Wallet opens (as issuance's exchanges, docs/wallets/lcw.md): the VCALM interaction URL
 * {@code <base>/presentation-interactions/<id>?iuv=1}, which answers {@code {"protocols": {"vcapi": <exchange
 * URL>}}}; and {@code https://lcw.app/request?request=<invitation>}. The result URL holds the creator's token.
 */
@ApplicationScoped
public class PresentationLinks {

    public static final String INTERACTIONS = "/presentation-interactions/";
    public static final String EXCHANGES = "/presentation-exchanges/";
    public static final String RESULTS = "/api/v1/presentation-results/";
    static final String LCW_REQUEST = "https://lcw.app/request?request=";

    private final PageUrls urls;

    public PresentationLinks(PageUrls urls) {
        this.urls = urls;
    }

    String interactionUrl(String id) {
        return urls.base() + INTERACTIONS + id + "?iuv=1";
    }

    String exchangeUrl(String id) {
        return urls.base() + EXCHANGES + id;
    }

    String resultUrl(String resultToken) {
        return urls.base() + RESULTS + resultToken;
    }

    /** The origin of the public base URL: the domain a holder's proof carries unless the recognizer names one. */
    String defaultDomain() {
        URI uri = URI.create(urls.base());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    String lcwRequest(String id) {
        ObjectNode invitation = EventCodec.mapper().createObjectNode().put("credentialRequestOrigin", defaultDomain());
        invitation.putObject("protocols").put("vcapi", exchangeUrl(id));
        try {
            // URLEncoder writes a space as '+', which LCW would read back as a space; '%20' is what a URI means.
            return LCW_REQUEST + URLEncoder.encode(EventCodec.mapper().writeValueAsString(invitation),
                    StandardCharsets.UTF_8).replace("+", "%20");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }
}
