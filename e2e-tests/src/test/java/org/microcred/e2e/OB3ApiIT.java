package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;
import org.microcred.support.testing.KeycloakAuthorization;
import org.microcred.support.testing.KeycloakAuthorization.Pkce;

/**
 * Another platform uses an earner's wallet through 1EdTech's Open Badges 3.0 API on the running system, as a
 * platform of its own would: discovery, dynamic registration, the earner's authorization on Keycloak's login and
 * consent pages with PKCE, the token, 25 credentials upserted and paged by 10 (X-Total-Count and Link followed),
 * the same credential upserted again (200), the profile read and updated, the token refreshed, another grant without
 * the upsert scope refused, and the refresh token revoked. Every answer of the API is validated against 1EdTech's
 * schemas (skipped, saying so, without {@code ../shared/conformance/ob3-json-schemas}).
 */
class OB3ApiIT {

    private static final String EARNER = "nb-earner2";
    private static final String OTHER_EARNER = "nb-earner";
    private static final String PLATFORM = "https://platform.example";
    private static final String REDIRECT = PLATFORM + "/oauth/callback";
    private static final String OB = "https://purl.imsglobal.org/spec/ob/v3p0/scope/";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = client.endpoints().wallet() + "/ims-api/northbridge";
    private final String api = base + "/ims/ob/v3p0";

    @Test
    void aPlatformRegistersIsAuthorizedAndReadsAndWritesTheEarnersCredentials() throws Exception {
        Ob3Schemas schemas = Ob3Schemas.require();

        // Discovery: unprotected, cacheable, naming where to register and authorize.
        HttpResponse<String> discovery = call("GET", api + "/discovery", null, null, null);
        assertEquals(200, discovery.statusCode());
        JsonNode scheme = json(discovery).at("/components/securitySchemes/OAuth2ACG");
        assertEquals(base + "/register", scheme.path("x-imssf-registrationUrl").asText());
        String tag = discovery.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, call("GET", api + "/discovery", null, null, Map.of("If-None-Match", tag)).statusCode());

        // Registration (RFC 7591), then the earner's authorization with PKCE on Keycloak's own pages.
        JsonNode platform = register(registration());
        String clientId = platform.path("client_id").asText();
        String secret = platform.path("client_secret").asText();
        String scopes = OB + "credential.readonly " + OB + "credential.upsert " + OB + "profile.readonly "
                + OB + "profile.update offline_access";
        KeycloakAuthorization browser = new KeycloakAuthorization();
        Pkce pkce = Pkce.create();
        String authorizationUrl = browser.authorizationUrl(clientId, REDIRECT, scopes, "s-1", pkce);
        assertTrue(authorizationUrl.startsWith(scheme.at("/flows/authorizationCode/authorizationUrl").asText()),
                authorizationUrl);
        KeycloakAuthorization.Page consent = browser.signIn(authorizationUrl, EARNER);
        assertTrue(consent.html().contains("Example Backpack"), "the consent page names the platform");
        URI redirect = browser.accept(consent);
        assertEquals("s-1", KeycloakAuthorization.parameter(redirect, "state"));
        String code = KeycloakAuthorization.parameter(redirect, "code");
        JsonNode tokens = KeycloakAuthorization.json(browser.exchange(clientId, secret, code, REDIRECT,
                pkce.verifier()));
        String access = tokens.path("access_token").asText();
        String refresh = tokens.path("refresh_token").asText();
        assertFalse(access.isEmpty(), tokens.toString());
        assertEquals(400, browser.exchange(clientId, secret, code, REDIRECT, pkce.verifier()).statusCode(),
                "a code works once");

        // 25 credentials from an outside institution, upserted by the platform; the same one again replaces it.
        removeCredentialsFromElsewhere();
        long before = total(access);
        Set<String> sent = new HashSet<>();
        try (OutsideIssuer elsewhere = new OutsideIssuer("Backpack Test College")) {
            String email = client.tokens().claims(EARNER).path("email").asText();
            String first = null;
            for (int i = 0; i < 25; i++) {
                String credential = withProofSet(elsewhere.issue("Upserted " + i, email).json());
                HttpResponse<String> upserted = call("POST", api + "/credentials", access, credential,
                        Map.of("Content-Type", "application/json"));
                assertEquals(201, upserted.statusCode(), upserted.body());
                assertEquals(credential, upserted.body(), "the answer is the credential sent");
                sent.add(JSON.readTree(credential).path("id").asText());
                first = first == null ? credential : first;
            }
            assertEquals(200, call("POST", api + "/credentials", access, first,
                    Map.of("Content-Type", "application/json")).statusCode(), "an equal credential replaces");

            // Refusals of the upsert: it does not verify, or it names another earner.
            assertImsx(schemas, call("POST", api + "/credentials", access, first.replace("Upserted", "Upsorted"),
                    Map.of("Content-Type", "application/json")), 400);
            String othersEmail = client.tokens().claims(OTHER_EARNER).path("email").asText();
            assertImsx(schemas, call("POST", api + "/credentials", access, elsewhere.issue("Not theirs", othersEmail)
                    .json(), Map.of("Content-Type", "application/json")), 400);
        }

        // Paged by 10, following the Link header; every page valid against the response schema.
        long expected = before + 25;
        Set<String> listed = new HashSet<>();
        String next = api + "/credentials?limit=10";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = call("GET", next, access, null, null);
            assertEquals(200, page.statusCode(), page.body());
            assertEquals(String.valueOf(expected), page.headers().firstValue("X-Total-Count").orElse(null));
            schemas.assertValid(Kind.GET_CREDENTIALS_RESPONSE, page.body());
            JsonNode body = json(page);
            body.path("credential").forEach(c -> listed.add(c.path("id").asText()));
            body.path("compactJwsString").forEach(c -> listed.add(c.asText()));
            Map<String, String> links = links(page);
            assertTrue(links.containsKey("first") && links.containsKey("last"), links.toString());
            assertEquals(pages > 0, links.containsKey("prev"), links.toString());
            next = links.get("next");
            pages++;
        }
        assertEquals((expected + 9) / 10, pages);
        assertEquals(expected, listed.size(), "every credential once across the pages");
        assertTrue(listed.containsAll(sent), "the upserted credentials are listed");

        // The profile, read and updated.
        HttpResponse<String> profile = call("GET", api + "/profile", access, null, null);
        assertEquals(200, profile.statusCode(), profile.body());
        schemas.assertValid(Kind.PROFILE, profile.body());
        assertEquals(client.tokens().claims(EARNER).path("email").asText(), json(profile).path("email").asText());
        ObjectNode changed = (ObjectNode) json(profile);
        changed.put("description", "Updated by the platform " + UUID.randomUUID());
        HttpResponse<String> put = call("PUT", api + "/profile", access, changed.toString(),
                Map.of("Content-Type", "application/json"));
        assertEquals(200, put.statusCode(), put.body());
        schemas.assertValid(Kind.PROFILE, put.body());
        assertEquals(changed.path("description").asText(),
                json(call("GET", api + "/profile", access, null, null)).path("description").asText());

        // Refresh, then revocation (RFC 7009): the refresh token no longer works.
        JsonNode refreshed = KeycloakAuthorization.json(browser.token(clientId, secret,
                Map.of("grant_type", "refresh_token", "refresh_token", refresh)));
        String fresh = refreshed.path("access_token").asText();
        assertEquals(200, call("GET", api + "/credentials?limit=1", fresh, null, null).statusCode());
        String realm = scheme.at("/flows/authorizationCode/tokenUrl").asText()
                .replace("/protocol/openid-connect/token", "");
        HttpResponse<String> revoked = revoke(realm, clientId, secret, refreshed.path("refresh_token").asText());
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(400, browser.token(clientId, secret, Map.of("grant_type", "refresh_token",
                "refresh_token", refreshed.path("refresh_token").asText())).statusCode(), "revoked");

        // Another grant, reading only: its token may not upsert; another earner's grant does not list these.
        Pkce readOnly = Pkce.create();
        URI second = new KeycloakAuthorization().authorize(browser.authorizationUrl(clientId, REDIRECT,
                OB + "credential.readonly", "s-2", readOnly), OTHER_EARNER);
        String otherAccess = KeycloakAuthorization.json(browser.exchange(clientId, secret,
                KeycloakAuthorization.parameter(second, "code"), REDIRECT, readOnly.verifier()))
                .path("access_token").asText();
        assertImsx(schemas, call("POST", api + "/credentials", otherAccess, "{}",
                Map.of("Content-Type", "application/json")), 403);
        JsonNode othersPage = json(call("GET", api + "/credentials?limit=100", otherAccess, null, null));
        othersPage.path("credential").forEach(c -> assertFalse(sent.contains(c.path("id").asText()),
                "another earner's list holds none of this earner's credentials"));
        // No token at all.
        assertImsx(schemas, call("GET", api + "/credentials", null, null, null), 401);
    }

    @Test
    void registrationsWithoutARequiredFieldOrWithUnsafeUrlsAreRefused() throws Exception {
        Map<String, Object> missing = registration();
        missing.remove("tos_uri");
        assertRefused(missing, "invalid_client_metadata");
        Map<String, Object> http = registration();
        http.put("logo_uri", "http://platform.example/logo.png");
        assertRefused(http, "invalid_client_metadata");
        Map<String, Object> foreign = registration();
        foreign.put("redirect_uris", java.util.List.of("https://elsewhere.example/cb"));
        assertRefused(foreign, "invalid_redirect_uri");
    }

    private Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_name", "Example Backpack");
        body.put("client_uri", PLATFORM + "/");
        body.put("logo_uri", PLATFORM + "/logo.png");
        body.put("tos_uri", PLATFORM + "/terms");
        body.put("policy_uri", PLATFORM + "/privacy");
        body.put("software_id", "example-backpack");
        body.put("software_version", "1.0.0");
        body.put("redirect_uris", java.util.List.of(REDIRECT));
        body.put("scope", OB + "credential.readonly " + OB + "credential.upsert " + OB + "profile.readonly " + OB
                + "profile.update offline_access");
        return body;
    }

    private JsonNode register(Map<String, Object> body) throws Exception {
        HttpResponse<String> answer = call("POST", base + "/register", null, JSON.writeValueAsString(body),
                Map.of("Content-Type", "application/json"));
        assertEquals(201, answer.statusCode(), answer.body());
        JsonNode registered = json(answer);
        assertNotNull(registered.path("client_secret").textValue());
        return registered;
    }

    private void assertRefused(Map<String, Object> body, String error) throws Exception {
        HttpResponse<String> answer = call("POST", base + "/register", null, JSON.writeValueAsString(body),
                Map.of("Content-Type", "application/json"));
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(error, json(answer).path("error").asText(), answer.body());
    }

    /**
     * The earner removes the credentials from elsewhere an earlier run left (through the wallet's own API): the
     * count then starts from what this run's journeys issued.
     */
    private void removeCredentialsFromElsewhere() {
        String token = client.token(EARNER);
        String list = client.endpoints().wallet() + "/api/v1/wallet/external-credentials";
        client.http().get(list + "?limit=200", token).expect(200).json().forEach(held -> client.http()
                .delete(list + "/" + held.path("id").asText(), token).expect(204));
    }

    /**
     * The credential with its proof as a set of one: 1EdTech's plain schema wants {@code proof} as a list (its
     * JSON-LD adaptation takes one object too). The proof signs the rest of the document, so the change keeps it
     * verifiable.
     */
    private static String withProofSet(String signed) throws IOException {
        ObjectNode credential = (ObjectNode) JSON.readTree(signed);
        JsonNode proof = credential.path("proof");
        if (proof.isObject()) {
            credential.putArray("proof").add(proof);
        }
        return credential.toString();
    }

    private long total(String token) throws Exception {
        HttpResponse<String> answer = call("GET", api + "/credentials?limit=1", token, null, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return Long.parseLong(answer.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static void assertImsx(Ob3Schemas schemas, HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        schemas.assertValid(Kind.IMSX_STATUS_INFO, answer.body());
    }

    private static Map<String, String> links(HttpResponse<String> page) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(page.headers().firstValue("Link").orElse(""));
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    private HttpResponse<String> revoke(String realm, String clientId, String secret, String token)
            throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes());
        return http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/revoke"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&token_type_hint=refresh_token")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String url, String token, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers != null) {
            headers.forEach(request::header);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body());
    }
}
