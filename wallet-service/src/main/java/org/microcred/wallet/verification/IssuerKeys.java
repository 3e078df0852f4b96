package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.DidKeyResolver;

/**
 * Resolves verification methods: {@code did:key} from the identifier itself; {@code did:web} and
 * http(s) URLs with a fragment from their controller document (an issuer {@code Profile} or a DID document);
 * an http(s) key URL without a fragment (what this deployment's issuers name since they serve each key at its own
 * URL) by fetching the key for its controller, then the controller document, which must list it
 * ({@link KeyDocument}). Documents are fetched as {@link RemoteDocuments} allows. Blocking (it may fetch): call it
 * from a worker thread.
 */
@ApplicationScoped
public class IssuerKeys {

    /** A host name (or IPv4 address) with an optional port: no user info, path or query smuggled in. */
    private static final DidKeyResolver DID_KEYS = new DidKeyResolver();
    private static final Pattern DID_WEB_HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern DID_WEB_SEGMENT = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=@-]+");

    private final Function<String, String> fetch;

    @Inject
    public IssuerKeys(RemoteDocuments documents) {
        this(documents::fetch);
    }

    /** @param fetch the document at a URL, as text, or a {@link FetchFailure} */
    IssuerKeys(Function<String, String> fetch) {
        this.fetch = fetch;
    }

    public KeyResolution resolve(String verificationMethod) {
        if (verificationMethod == null || verificationMethod.isBlank()) {
            return KeyResolution.failed(verificationMethod, "the proof names no verification method");
        }
        try {
            if (verificationMethod.startsWith("did:key:")) {
                return didKey(verificationMethod);
            }
            if (verificationMethod.startsWith("did:web:")) {
                String did = beforeFragment(verificationMethod);
                return fromDocument(verificationMethod, did, didWebUrl(did));
            }
            if (verificationMethod.startsWith("https://") || verificationMethod.startsWith("http://")) {
                if (verificationMethod.indexOf('#') < 0) {
                    return fromKeyUrl(verificationMethod);
                }
                String url = beforeFragment(verificationMethod);
                return fromDocument(verificationMethod, url, url);
            }
            return KeyResolution.failed(verificationMethod, "verification methods of this kind are not resolved"
                    + " here (did:key, did:web and https are)");
        } catch (FetchFailure | CredentialException e) {
            return KeyResolution.failed(verificationMethod, e.getMessage());
        }
    }

    /**
     * A did:key's one key: the DID document is the identifier, nothing is fetched. A did:key document lists
     * its key under every verification relationship.
     */
    private static KeyResolution didKey(String method) {
        return new KeyResolution(method, DID_KEYS.resolve(method), true, null, null);
    }

    /**
     * did:web:host[%3Aport][:path...] to https://host[:port]/path.../did.json, or to
     * /.well-known/did.json without a path (W3C did:web method).
     */
    static String didWebUrl(String did) {
        String[] parts = did.substring("did:web:".length()).split(":", -1);
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (!DID_WEB_HOST.matcher(host).matches()) {
            throw new FetchFailure(did + " is not a valid did:web identifier");
        }
        StringBuilder url = new StringBuilder("https://").append(host);
        if (parts.length == 1) {
            return url.append("/.well-known/did.json").toString();
        }
        for (int i = 1; i < parts.length; i++) {
            if (!DID_WEB_SEGMENT.matcher(parts[i]).matches()) {
                throw new FetchFailure(did + " is not a valid did:web identifier");
            }
            url.append('/').append(parts[i]);
        }
        return url.append("/did.json").toString();
    }

    /**
     * The key's own document names its controller; the controller's document (an https profile or a did:web
     * document) decides, as for any method: listed, for issuing, not revoked. Whether that controller is the
     * credential's issuer is the issuer-key check's to say.
     */
    private KeyResolution fromKeyUrl(String keyUrl) {
        JsonNode key = Json.parseObject(fetch.apply(keyUrl), "the key document at " + keyUrl);
        String controller = KeyDocument.controllerOf(key, keyUrl);
        String controllerUrl;
        if (controller.startsWith("did:web:")) {
            controllerUrl = didWebUrl(controller);
        } else if (controller.startsWith("https://") || controller.startsWith("http://")) {
            controllerUrl = controller;
        } else {
            return KeyResolution.failed(keyUrl, "the controller " + controller + " of " + keyUrl
                    + " is neither an http(s) URL nor a did:web");
        }
        return KeyDocument.confirm(key, fromDocument(keyUrl, controller, controllerUrl));
    }

    private KeyResolution fromDocument(String method, String documentId, String url) {
        JsonNode document = Json.parseObject(fetch.apply(url), "the controller document at " + url);
        // A document may only speak for its own identifier (W3C Controlled Identifiers).
        if (!documentId.equals(document.path("id").asText(null))) {
            return KeyResolution.failed(method, "the document at " + url + " has id "
                    + document.path("id").asText("(none)") + ", not " + documentId);
        }
        return ControllerDocument.find(document, documentId, method);
    }

    private static String beforeFragment(String method) {
        int hash = method.indexOf('#');
        return hash < 0 ? method : method.substring(0, hash);
    }
}
