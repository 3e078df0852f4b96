package org.microcred.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.microcred.events.EventCodec;

/**
 * A platform and a browser walking Keycloak's authorization-code flow with PKCE, over plain HTTP: the platform builds
 * the authorization URL; the browser signs a demo user in on Keycloak's login form and accepts Keycloak's consent
 * page (whose HTML the test may read: the platform's name, logo, terms, policy); the platform exchanges the code at
 * the token endpoint with its secret in HTTP Basic. Redirects are not followed and cookies are carried by hand:
 * Keycloak marks its cookies {@code Secure}, which Java's {@code CookieManager} keeps from {@code http://localhost}.
 * One instance is one browser (one cookie jar).
 */
public final class KeycloakAuthorization {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final String realmUrl = TestServerSettings.get("MICROCRED_OIDC_URL",
            "http://localhost:8180/realms/microcred");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A PKCE pair (RFC 7636): the verifier the platform keeps, the S256 challenge it sends. */
    public record Pkce(String verifier, String challenge) {

        public static Pkce create() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A page Keycloak showed, and where its form posts. */
    public record Page(int status, String html, String formAction, Map<String, String> hiddenFields) {
    }

    /** The authorization URL of the code flow; {@code pkce} null sends no challenge at all. */
    public String authorizationUrl(String clientId, String redirectUri, String scope, String state, Pkce pkce) {
        String url = realmUrl + "/protocol/openid-connect/auth?response_type=code&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri) + "&scope=" + encode(scope) + "&state=" + encode(state);
        return pkce == null ? url : url + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256";
    }

    /** Opens the authorization URL: the login page, or Keycloak's refusal (an error page or a redirect). */
    public HttpResponse<String> open(String authorizationUrl) {
        return send(HttpRequest.newBuilder(URI.create(authorizationUrl)).GET());
    }

    /** Opens the URL and signs the user in with the demo password: the consent page Keycloak shows next. */
    public Page signIn(String authorizationUrl, String username) {
        HttpResponse<String> answer = logIn(page(open(authorizationUrl)), username);
        if (answer.statusCode() != 200) {
            throw new AssertionError("Keycloak showed no consent page after the login (HTTP " + answer.statusCode()
                    + ", Location " + location(answer) + ")");
        }
        return page(answer);
    }

    /**
     * The redirect with the code: after the login and the consent page, or straight away when this browser is signed
     * in already, or after the login alone when the user consented to the client before.
     */
    public URI authorize(String authorizationUrl, String username) {
        HttpResponse<String> first = open(authorizationUrl);
        if (first.statusCode() == 302) {
            return URI.create(location(first));
        }
        HttpResponse<String> answer = logIn(page(first), username);
        return answer.statusCode() == 302 ? URI.create(location(answer)) : accept(page(answer));
    }

    /** Posts the login form; follows Keycloak's redirects within itself (on to the consent step, OAUTH_GRANT). */
    private HttpResponse<String> logIn(Page login, String username) {
        HttpResponse<String> answer = post(login.formAction(), Map.of("username", username,
                "password", TestServerSettings.get("MICROCRED_DEMO_PASSWORD"), "credentialId", ""));
        for (int hop = 0; hop < 3 && answer.statusCode() == 302 && location(answer).startsWith(realmUrl); hop++) {
            answer = send(HttpRequest.newBuilder(URI.create(location(answer))).GET());
        }
        return answer;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Accepts the consent page: where Keycloak sends the browser (the redirect URI with code and state). */
    public URI accept(Page consent) {
        Map<String, String> fields = new LinkedHashMap<>(consent.hiddenFields());
        fields.put("accept", "Yes");
        HttpResponse<String> answer = post(consent.formAction(), fields);
        if (answer.statusCode() != 302) {
            throw new AssertionError("Keycloak did not take the consent (HTTP " + answer.statusCode() + ")");
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    /** The query parameter of a redirect, such as {@code code} or {@code state}; null when absent. */
    public static String parameter(URI redirect, String name) {
        for (String pair : redirect.getRawQuery() == null ? new String[0] : redirect.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            }
        }
        return null;
    }

    /** The platform at the token endpoint (client_secret_basic): the code exchanged, a refresh, and so on. */
    public HttpResponse<String> token(String clientId, String secret, Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret))
                .getBytes(StandardCharsets.UTF_8));
        return sendPlain(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    /** The code exchanged for tokens; {@code verifier} null sends none. */
    public HttpResponse<String> exchange(String clientId, String secret, String code, String redirectUri,
            String verifier) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri));
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return token(clientId, secret, form);
    }

    /** A token's claims, read, not verified. */
    public static JsonNode claims(String jwt) {
        try {
            return EventCodec.mapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError("Unreadable token", e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return EventCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private Page page(HttpResponse<String> response) {
        Matcher form = FORM.matcher(response.body());
        if (!form.find()) {
            throw new AssertionError("Keycloak showed no form (HTTP " + response.statusCode() + "): "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Matcher name = NAME.matcher(input.group(1));
            Matcher value = VALUE.matcher(input.group(1));
            if (input.group(1).contains("type=\"hidden\"") && name.find()) {
                hidden.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        // The login form's action is absolute, the consent form's relative to the page.
        String action = response.uri().resolve(form.group(1).replace("&amp;", "&")).toString();
        return new Page(response.statusCode(), response.body(), action, hidden);
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** A browser request: the cookies Keycloak set so far go with it, and those it sets now are kept. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = sendPlain(request);
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return response;
    }

    private HttpResponse<String> sendPlain(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
