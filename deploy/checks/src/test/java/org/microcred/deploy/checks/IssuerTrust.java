package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * wallet-service verifies the credentials issuance-service signs: it fetches issuer profiles, keys and status lists
 * only under its trusted prefixes ({@code microcred.verify.trusted-issuers}), and issuance-service publishes them
 * under its public base URL, at its public paths ({@code microcred.public-rate-limit.paths}: issuer profiles and
 * keys, status lists). If no trusted prefix covers them, the deployment cannot verify its own credentials.
 */
final class IssuerTrust {

    static final String ISSUER = "issuance-service";
    static final String VERIFIER = "wallet-service";
    /**
     * Rate-limited like the rest, but for wallet apps (OpenID4VCI metadata, VC-API interaction URLs and exchanges),
     * not for verifiers: the verifier never fetches them, so it need not trust them.
     */
    static final List<String> WALLET_APP_PATHS = List.of("/.well-known/", "/interactions/", "/exchanges/");

    private IssuerTrust() {
    }

    static List<String> problems(Manifests manifests, ServiceModule issuer, ServiceModule verifier) {
        List<String> problems = new ArrayList<>();
        for (KubeObject issuing : ServiceDeployments.of(manifests, issuer.name())) {
            ConfigExpressions issuerConfig = issuer.config(ServiceDeployments.environment(manifests, issuing,
                    issuer.name()));
            String base = issuerConfig.property("microcred.public-base-url").orElse("").replaceFirst("/+$", "");
            List<String> paths = split(issuerConfig.property("microcred.public-rate-limit.paths").orElse(""));
            for (KubeObject verifying : ServiceDeployments.of(manifests, verifier.name())) {
                List<String> trusted = split(verifier.config(ServiceDeployments.environment(manifests, verifying,
                        verifier.name())).property("microcred.verify.trusted-issuers").orElse(""));
                for (String path : paths) {
                    if (WALLET_APP_PATHS.stream().anyMatch(path::startsWith)) {
                        continue;
                    }
                    String published = base + path;
                    if (trusted.stream().noneMatch(published::startsWith)) {
                        problems.add(verifier.name() + " trusts " + trusted + ", which does not cover " + published
                                + " where " + issuer.name() + " publishes (microcred.public-base-url + public path)");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
