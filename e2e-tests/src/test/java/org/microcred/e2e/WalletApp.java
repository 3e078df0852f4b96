package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;

/**
 * A wallet app written in the tests, walking the delivery protocols over HTTP against the running system: the
 * VC-API exchange the Learner Credential Wallet speaks (docs/wallets/lcw.md) and OpenID4VCI 1.0's pre-authorized code
 * and authorization-code (PKCE, the earner signing in to Keycloak) flows (docs/wallets/openid4vci.md). Its keys and signatures are the credentials test-jar's ({@link TestHolder},
 * {@link TestPresentations}); the earner's side (making the exchange or the offer) is here too.
 */
final class WalletApp {

    static final String PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    static final String LDP_VC = "OpenBadgeCredential_ldp_vc";
    static final String JWT_VC_JSON = "OpenBadgeCredential_jwt_vc_json";
    static final ObjectMapper JSON = new ObjectMapper();

    private final JourneyClient client;
    private final Http http;
    private final TestPresentations presentations;

    WalletApp(JourneyClient client) {
        this.client = client;
        this.http = client.http();
        this.presentations = new TestPresentations(canonicalizer());
    }

    // --- VC-API exchanges (the Learner Credential Wallet) ---

    /** The earner asks, in their wallet, to send the credential to the Learner Credential Wallet (201). */
    JsonNode makeExchange(String earner, String credentialId) {
        return http.post(client.endpoints().issuance() + "/api/v1/wallet/vcapi-exchanges", client.token(earner),
                Map.of("credentialId", credentialId)).expect(201).json();
    }

    /** What the wallet does with a scanned interaction URL: asks it for JSON. */
    Http.Reply interaction(String interactionUrl) {
        return http.send("GET", interactionUrl, null, Map.of("Accept", "application/json"), null);
    }

    /** Starts the exchange ({@code {}}): answers the verifiable presentation request. */
    JsonNode startExchange(String exchangeUrl) {
        return http.post(exchangeUrl, null, Map.of()).expect(200).json().get("verifiablePresentationRequest");
    }

    /** The holder's DID authentication in {@code suite} with the request's challenge and domain. */
    ObjectNode didAuthentication(TestHolder holder, Suite suite, JsonNode request) {
        return presentation(holder, suite, request, List.of());
    }

    /** The holder's presentation of {@code credentials}, signed with the request's challenge and domain. */
    ObjectNode presentation(TestHolder holder, Suite suite, JsonNode request, List<JsonNode> credentials) {
        ObjectNode unsigned = TestPresentations.unsigned(holder, suite, credentials);
        if (suite == Suite.ED25519_SIGNATURE_2020 && !credentials.isEmpty()) {
            // An OB 3.0 credential is VC 2.0: inside a VC 1.1 presentation its context would redefine VC 1.1's
            // protected terms, so the wallet presents it in VC 2.0 with the suite's context beside.
            unsigned.putArray("@context").add(TestPresentations.VC2).add(Ed25519Signature2020Context.URL);
        }
        return presentations.sign(holder, unsigned, suite, request.path("challenge").asText(),
                request.path("domain").asText(), Instant.now());
    }

    /** Posts the DID authentication to the exchange, as VCALM wraps it. */
    Http.Reply completeExchange(String exchangeUrl, JsonNode presentation) {
        ObjectNode body = JSON.createObjectNode();
        body.set("verifiablePresentation", presentation);
        return http.postJson(exchangeUrl, null, body.toString());
    }

    // --- OpenID4VCI 1.0, pre-authorized code ---

    /** The earner makes an offer of the credential in these configurations (201): what they are shown. */
    JsonNode makeOffer(String earner, String credentialId, boolean txCode, List<String> configurations) {
        return http.post(client.endpoints().issuance() + "/api/v1/wallet/openid4vci-offers", client.token(earner),
                Map.of("credentialId", credentialId, "txCode", txCode, "credentialConfigurationIds", configurations))
                .expect(201).json();
    }

    /** The issuer's metadata at the OpenID4VCI 1.0 address of its identifier. */
    JsonNode metadata(String issuerId) {
        String path = issuerId.substring(issuerId.indexOf("/api/v1/issuers/"));
        return http.get(client.endpoints().issuance() + "/.well-known/openid-credential-issuer" + path, null)
                .expect(200).json();
    }

    /** The credential offer read by reference. */
    JsonNode offer(String credentialOfferUri) {
        return http.get(credentialOfferUri, null).expect(200).json();
    }

    static String preAuthorizedCode(JsonNode offer) {
        return offer.path("grants").path(PRE_AUTHORIZED).path("pre-authorized_code").asText();
    }

    /** The token request of the pre-authorized code grant; {@code txCode} null for none. */
    Http.Reply token(String tokenEndpoint, String code, String txCode) {
        String form = "grant_type=" + encode(PRE_AUTHORIZED) + "&pre-authorized_code=" + encode(code)
                + (txCode == null ? "" : "&tx_code=" + encode(txCode));
        return http.postForm(tokenEndpoint, form);
    }

    String nonce(String nonceEndpoint) {
        return http.post(nonceEndpoint, null, Map.of()).expect(200).json().path("c_nonce").asText();
    }

    /** Asks for the credential with one key proof by the holder (kid naming its DID); answers the credential. */
    JsonNode credential(JsonNode metadata, String accessToken, String configuration, TestHolder holder) {
        String issuer = metadata.path("credential_issuer").asText();
        String proof = holder.proofJwt(issuer, nonce(metadata.path("nonce_endpoint").asText()), Instant.now());
        return http.post(metadata.path("credential_endpoint").asText(), accessToken, Map.of(
                "credential_configuration_id", configuration, "proofs", Map.of("jwt", List.of(proof))))
                .expect(200).json().path("credentials").path(0).path("credential");
    }

    // --- OpenID4VCI 1.0, authorization code with PKCE ---

    static final String CLIENT_ID = "e2e-wallet";
    static final String REDIRECT_URI = "https://wallet.example/callback";
    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    /** The earner's browser: redirects are looked at, not followed. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The issuer's RFC 8414 metadata (its authorization endpoint). */
    JsonNode authorizationServerMetadata(String issuerId) {
        String path = issuerId.substring(issuerId.indexOf("/api/v1/issuers/"));
        return http.get(client.endpoints().issuance() + "/.well-known/oauth-authorization-server" + path, null)
                .expect(200).json();
    }

    static String pkceChallenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The browser's walk for an offer's {@code issuer_state}: our authorization endpoint (302 to Keycloak), Keycloak's
     * login form filled in as {@code earner}, the callback (302 to the wallet's redirect URI): answers our code.
     */
    String authorizationCode(String authorizationEndpoint, String issuerState, String verifier, String earner) {
        String keycloak = location(authorizationEndpoint + "?response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_challenge=" + pkceChallenge(verifier)
                + "&code_challenge_method=S256&state=e2e&issuer_state=" + encode(issuerState), null, null);
        HttpResponse<String> page = browse(HttpRequest.newBuilder(URI.create(keycloak)).GET());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new AssertionError("Keycloak showed no login form (HTTP " + page.statusCode() + ")");
        }
        // Keycloak's cookies are Secure; a browser sends them to http://localhost, java.net's CookieManager does not.
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        String callback = location(form.group(1).replace("&amp;", "&"), cookies, "username=" + encode(earner)
                + "&password=" + encode(client.endpoints().demoPassword()) + "&credentialId=");
        String back = location(callback, null, null);
        if (!back.startsWith(REDIRECT_URI + "?code=")) {
            throw new AssertionError("No code came back to the wallet: " + back);
        }
        return URLDecoder.decode(back.substring((REDIRECT_URI + "?code=").length()).split("&")[0],
                StandardCharsets.UTF_8);
    }

    /** The token request of the authorization code grant with the PKCE verifier. */
    Http.Reply authorizationCodeToken(String tokenEndpoint, String code, String verifier) {
        return http.postForm(tokenEndpoint, "grant_type=authorization_code&code=" + encode(code) + "&code_verifier="
                + encode(verifier) + "&redirect_uri=" + encode(REDIRECT_URI) + "&client_id=" + CLIENT_ID);
    }

    /** GET (or POST a form) without following: answers the Location of the 302. */
    private static String location(String url, String cookies, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> response = browse(request);
        if (response.statusCode() != 302) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> browse(HttpRequest.Builder request) {
        try {
            return BROWSER.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * LCW signs its DID authentication in Ed25519Signature2020, whose context the project may not ship: the services
     * know it when MICROCRED_JSONLD_CONTEXTS_DIR supplies it ({@code bin/contexts}), the test wallet when interop's npm
     * package is installed. Without either, the wallet signs eddsa-rdfc-2022 instead, saying so.
     */
    static Suite lcwSuite() {
        if (Ed25519Signature2020Context.available() && servicesKnowTheEd25519Signature2020Context()) {
            return Suite.ED25519_SIGNATURE_2020;
        }
        System.out.println("Skipped the Ed25519Signature2020 DID authentication (the suite context is not supplied"
                + " through MICROCRED_JSONLD_CONTEXTS_DIR, or " + Ed25519Signature2020Context.MISSING
                + "): the test wallet signs eddsa-rdfc-2022 instead");
        return Suite.EDDSA_RDFC_2022;
    }

    private static boolean servicesKnowTheEd25519Signature2020Context() {
        String supplied = System.getenv("MICROCRED_JSONLD_CONTEXTS_DIR");
        if (supplied == null) {
            return false;
        }
        for (String directory : supplied.split(":")) {
            Path index = Path.of(directory, "index.json");
            try {
                if (Files.isRegularFile(index) && Files.readString(index).contains(Ed25519Signature2020Context.URL)) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The library's canonicalizer, knowing the Ed25519Signature2020 context when interop's npm package has it. */
    private static Canonicalizer canonicalizer() {
        try {
            return Ed25519Signature2020Context.canonicalizer(Files.createTempDirectory("wallet-app-contexts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
