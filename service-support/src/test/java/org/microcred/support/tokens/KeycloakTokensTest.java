package org.microcred.support.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.KeycloakTokens;

/** Tokens are reused while fresh and fetched anew a minute before they expire (a run outlasts Keycloak's 5 min). */
class KeycloakTokensTest {

    private HttpServer keycloak;
    private final AtomicInteger issued = new AtomicInteger();
    private final List<String> forms = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    @BeforeEach
    void startFakeKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/test/protocol/openid-connect/token", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                forms.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("{\"sub\":\"user-" + issued.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8));
            byte[] answer = ("{\"access_token\":\"h." + claims + ".s\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private KeycloakTokens tokens() {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        String realm = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/test";
        return new KeycloakTokens(realm, "pw", name -> "MICROCRED_LMS_NORTHBRIDGE_SECRET".equals(name) ? "s3cret" : null,
                clock);
    }

    @Test
    void aTokenIsReusedWhileFreshAndFetchedAnewBeforeItExpires() {
        KeycloakTokens tokens = tokens();
        String first = tokens.of("nb-earner");
        now = now.plus(Duration.ofMinutes(3));
        assertEquals(first, tokens.of("nb-earner"), "3 minutes into a 5-minute token: reused");
        assertEquals(1, issued.get());
        now = now.plus(Duration.ofMinutes(1).plusSeconds(1));
        String second = tokens.of("nb-earner");
        assertNotEquals(first, second, "less than a minute left: fetched anew");
        assertEquals(2, issued.get());
        assertEquals("user-2", tokens.claims("nb-earner").path("sub").asText());
    }

    @Test
    void usersAndLmsClientsUseTheirOwnGrants() {
        KeycloakTokens tokens = tokens();
        tokens.of("nb-admin");
        tokens.of("lms-northbridge");
        assertTrue(forms.get(0).startsWith("grant_type=password&client_id=microcred-cli&username=nb-admin"),
                forms.get(0));
        assertEquals("grant_type=client_credentials&client_id=lms-northbridge&client_secret=s3cret", forms.get(1));
    }
}
