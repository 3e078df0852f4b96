package org.microcred.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;
import org.microcred.events.EventCodec;

/**
 * Resolves a verification method as an outside verifier would: a key URL ({@code <issuerId>/keys/<keyId>}) by
 * fetching it over HTTP (no token) for its {@code controller}, an older {@code <issuerId>#<keyId>} by the part before
 * the fragment; then fetches the controller document, finds the Multikey with that id, and trusts it only if the
 * document lists it as an assertion method. A key the document lists as {@code revoked} is COMPROMISED. The
 * configured public base URL is mapped to the test server's random port.
 */
public final class ProfileResolver implements KeyResolver {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public ResolvedKey resolve(String verificationMethod) {
        int hash = verificationMethod.indexOf('#');
        String controllerId;
        if (hash < 0) {
            JsonNode key = get(verificationMethod);
            if (!verificationMethod.equals(key.path("id").asText())) {
                throw new CredentialException("unresolvable-key", verificationMethod + " answered another id");
            }
            controllerId = key.path("controller").asText();
        } else {
            controllerId = verificationMethod.substring(0, hash);
        }
        JsonNode controller = get(controllerId);
        for (JsonNode method : controller.path("verificationMethod")) {
            if (!verificationMethod.equals(method.path("id").asText())) {
                continue;
            }
            if (!"Multikey".equals(method.path("type").asText())
                    || !controller.path("id").asText().equals(method.path("controller").asText())) {
                throw new CredentialException("unresolvable-key", "not a Multikey of the document's controller");
            }
            KeyState state = method.has("revoked") ? KeyState.COMPROMISED : KeyState.ACTIVE;
            if (state != KeyState.COMPROMISED && !isAssertionMethod(controller, verificationMethod)) {
                throw new CredentialException("unresolvable-key", "not an assertion method of its controller");
            }
            return new ResolvedKey(verificationMethod, method.path("controller").asText(), "Ed25519",
                    Ed25519Keys.decodePublicKeyMultibase(method.path("publicKeyMultibase").asText()), state);
        }
        throw new CredentialException("unresolvable-key", verificationMethod + " is not in its controller document");
    }

    private static boolean isAssertionMethod(JsonNode controller, String verificationMethod) {
        for (JsonNode id : controller.path("assertionMethod")) {
            if (verificationMethod.equals(id.asText())) {
                return true;
            }
        }
        return false;
    }

    /** GET of a public URL this service published, without a token. */
    public static JsonNode get(String publicUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(local(publicUrl))
                    .header("Accept", "application/ld+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new CredentialException("unresolvable-key", publicUrl + " answered " + response.statusCode());
            }
            return EventCodec.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new CredentialException("unresolvable-key", publicUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The public URL on the test server: its path, on the port the tests run on. */
    public static URI local(String publicUrl) {
        String base = ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class);
        if (!publicUrl.startsWith(base)) {
            throw new IllegalArgumentException(publicUrl + " is not under " + base);
        }
        return URI.create("http://localhost:" + RestAssured.port + publicUrl.substring(base.length()));
    }

    /** The path of a public URL, for REST Assured. */
    public static String path(String publicUrl) {
        return local(publicUrl).getRawPath();
    }
}
