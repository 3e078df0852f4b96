package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wallet's verifier trusts where this deployment's issuance-service publishes issuers and status lists. */
class IssuerTrustTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theVerifierTrustsThisDeploymentsIssuer(String overlay) {
        assertEquals(List.of(), IssuerTrust.problems(Manifests.overlay(overlay),
                ServiceModule.named(IssuerTrust.ISSUER), ServiceModule.named(IssuerTrust.VERIFIER)));
    }

    @Test
    void aVerifierTrustingAnotherHostIsFound() {
        List<String> problems = IssuerTrust.problems(Manifests.fixture("consistency/issuer-trust.yaml"),
                ServiceModule.named(IssuerTrust.ISSUER), ServiceModule.named(IssuerTrust.VERIFIER));
        assertEquals(List.of(
                "wallet-service trusts [https://old.example.edu/api/v1/], which does not cover"
                        + " https://credentials.example.edu/api/v1/issuers/ where issuance-service publishes"
                        + " (microcred.public-base-url + public path)",
                "wallet-service trusts [https://old.example.edu/api/v1/], which does not cover"
                        + " https://credentials.example.edu/api/v1/status-lists/ where issuance-service publishes"
                        + " (microcred.public-base-url + public path)"), problems);
    }
}
