package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.microcred.wallet.config.VerifyConfig;

/**
 * Whether the issuer is one this deployment knows, a check of its own: a proof shows who signed, not that the signer
 * is who it says it is. Anyone can make a did:key and call it "Northbridge University"; such a credential verifies,
 * and is reported with the issuer not known. Known are the institutions of this deployment (the issuer id is under
 * the trusted issuer prefixes, and its key was found in the profile served there) and the issuers configured in
 * {@code microcred.verify.known-issuers}; in both cases only when the key that signed is the issuer's own.
 */
@ApplicationScoped
public class IssuerRecognition {

    /** Where issuance serves each institution's issuer profile: {@code <base>/api/v1/issuers/<tenant>}. */
    private static final String ISSUERS = "/api/v1/issuers/";

    private final TrustedIssuers deployment;
    private final Set<String> configured;

    public IssuerRecognition(VerifyConfig config) {
        this.deployment = new TrustedIssuers(config.trustedIssuers());
        this.configured = Set.copyOf(config.knownIssuers().orElse(List.of()).stream().map(String::trim)
                .filter(id -> !id.isEmpty()).toList());
    }

    /**
     * @param method    the verification method that signed (null when no proof names one)
     * @param issuerKey the result of the issuer-key check: whether that key is the issuer's own
     */
    Check check(JsonNode credential, String method, Check issuerKey) {
        String issuer = Json.issuerId(credential);
        String name = credential.path("issuer").path("name").asText("");
        String calls = name.isBlank() ? "" : "it calls itself \"" + name + "\", but ";
        if (issuer == null) {
            return Check.failed(Check.ISSUER_KNOWN, "The issuer is NOT known: the credential does not say who issued "
                    + "it.");
        }
        if (!issuerKey.passed()) {
            return Check.failed(Check.ISSUER_KNOWN, "The issuer is NOT known: " + calls + "the key that signed is not "
                    + "shown to be the key of " + issuer + " (see the issuer-key check).");
        }
        if (configured.contains(issuer)) {
            return Check.passed(Check.ISSUER_KNOWN, "The issuer " + issuer + " is a trusted issuer configured for this "
                    + "deployment.");
        }
        if (deployment.admit(issuer) != null && method != null && deployment.admit(documentOf(method)) != null) {
            return Check.passed(Check.ISSUER_KNOWN, "The issuer " + issuer + " is an institution of this deployment: "
                    + "the key that signed is listed in the profile it serves.");
        }
        return Check.failed(Check.ISSUER_KNOWN, "The issuer is NOT known: " + calls + "it is " + issuer
                + ", which is neither an institution of this deployment nor a configured trusted issuer. The signature "
                + "only shows that the holder of that key signed; anyone can make a key and give it any name.");
    }

    /**
     * Whether this issuer id is one of this deployment's institutions (under the trusted issuer prefixes): their
     * credentials reach the wallet as issued, never from the earner's hands.
     */
    public boolean isDeploymentIssuer(String issuerId) {
        return issuerId != null && deployment.admit(issuerId) != null;
    }

    /**
     * Whether this issuer id is one of this deployment's institutions other than {@code tenantId}: recognisably so,
     * an issuer profile at {@code .../api/v1/issuers/<another tenant>} (as issuance names them). Such a credential
     * never reaches this earner's wallet on its own (it was issued to an earner of another institution), so the
     * earner may bring it as a credential from elsewhere.
     */
    public boolean isOtherInstitution(String issuerId, String tenantId) {
        if (!isDeploymentIssuer(issuerId)) {
            return false;
        }
        String path = URI.create(issuerId).getPath();
        int at = path == null ? -1 : path.lastIndexOf(ISSUERS);
        if (at < 0) {
            return false;
        }
        String tenant = path.substring(at + ISSUERS.length());
        return !tenant.isEmpty() && !tenant.contains("/") && !tenant.equals(tenantId);
    }

    private static String documentOf(String method) {
        int hash = method.indexOf('#');
        return hash < 0 ? method : method.substring(0, hash);
    }
}
