package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.support.problem.ProblemException;

/**
 * Signs the earner in at Keycloak for the authorization-code flow, as the confidential client
 * {@link Oid4vciConfig#loginClientId()} with PKCE of our own: the browser goes to Keycloak's authorization endpoint,
 * comes back to our callback, and the code is exchanged here, server to server, with the client secret and our
 * verifier. The access token comes straight from Keycloak's token endpoint over this authenticated back channel, so
 * its claims are read without checking its signature (OpenID Connect Core §3.1.3.7); its issuer and authorized party
 * are checked.
 */
@ApplicationScoped
public class KeycloakLogin {

    private static final Logger LOG = Logger.getLogger(KeycloakLogin.class);
    /** Larger than any token answer Keycloak gives for one user. */
    private static final int MAX_ANSWER_BYTES = 256 * 1024;

    /** Who signed in: Keycloak's subject and the tenant claim (null when the user has none). */
    public record Earner(String subject, String tenantId) {
    }

    private final Oid4vciConfig config;
    private final WebClient client;

    public KeycloakLogin(Oid4vciConfig config, Vertx vertx) {
        this.config = config;
        int timeout = (int) config.loginTimeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(timeout)
                .setIdleTimeout(timeout).setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .setMaxPoolSize(8).setFollowRedirects(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public boolean isEnabled() {
        return config.loginClientSecret().filter(secret -> !secret.isBlank()).isPresent();
    }

    /** Where the browser signs in: Keycloak's authorization endpoint with our client, state and S256 challenge. */
    public String authorizationUrl(String callback, String state, String verifier) {
        return config.loginServerUrl() + "/protocol/openid-connect/auth?response_type=code"
                + "&client_id=" + encode(config.loginClientId())
                + "&redirect_uri=" + encode(callback)
                + "&scope=openid"
                + "&state=" + encode(state)
                + "&code_challenge=" + Pkce.challengeOf(verifier)
                + "&code_challenge_method=" + Pkce.S256;
    }

    /** Exchanges Keycloak's code; fails with 502 when Keycloak refuses it or cannot be reached. */
    public Uni<Earner> earner(String code, String callback, String verifier) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "authorization_code").add("code", code).add("redirect_uri", callback)
                .add("code_verifier", verifier).add("client_id", config.loginClientId());
        String basic = Base64.getEncoder().encodeToString((encode(config.loginClientId()) + ":"
                + encode(config.loginClientSecret().orElse(""))).getBytes(StandardCharsets.UTF_8));
        return client.postAbs(config.loginServerUrl() + "/protocol/openid-connect/token")
                .timeout(config.loginTimeout().toMillis())
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Basic " + basic)
                .sendForm(form)
                .onFailure().transform(failure -> {
                    LOG.warnf("Keycloak's token endpoint could not be reached: %s", failure.toString());
                    return loginFailed();
                })
                .map(response -> {
                    if (response.statusCode() != 200 || response.body() == null
                            || response.body().length() > MAX_ANSWER_BYTES) {
                        LOG.warnf("Keycloak refused the code exchange (HTTP %d)", response.statusCode());
                        throw loginFailed();
                    }
                    return earnerOf(response.bodyAsString());
                });
    }

    private Earner earnerOf(String answer) {
        try {
            String token = EventCodec.mapper().readTree(answer).path("access_token").asText("");
            String[] parts = token.split("\\.");
            JsonNode claims = EventCodec.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!config.loginServerUrl().equals(claims.path("iss").asText()) || !config.loginClientId().equals(
                    claims.path("azp").asText()) || !claims.path("sub").isTextual()) {
                LOG.warnf("Keycloak's token names issuer %s for %s", claims.path("iss").asText(),
                        claims.path("azp").asText());
                throw loginFailed();
            }
            return new Earner(claims.get("sub").asText(), claims.path("tenant").asText(null));
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw loginFailed();
        }
    }

    private static ProblemException loginFailed() {
        return new ProblemException(502, "sign-in-failed", "Sign-in failed",
                "The sign-in at the identity provider could not be completed; start again from your wallet app");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
