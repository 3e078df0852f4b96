package org.microcred.issuance.oid4vci;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.microcred.support.testing.TestServerSettings;

/**
 * A browser at Keycloak's login page, as an earner's phone would be: it opens the authorization URL our authorize
 * endpoint redirected to, fills in the login form of the realm (a demo user and the demo password) and answers where
 * Keycloak sends it back (our callback, with Keycloak's code). Redirects are not followed. Cookies are carried by
 * hand: Keycloak marks its session cookies {@code Secure}, which browsers still send to {@code http://localhost}
 * (a secure context) but Java's {@code CookieManager} does not.
 */
final class KeycloakBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    private KeycloakBrowser() {
    }

    static URI signIn(String authorizationUrl, String username) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorizationUrl))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher form = LOGIN_FORM.matcher(page.body());
            if (page.statusCode() != 200 || !form.find()) {
                throw new AssertionError("Keycloak showed no login form (HTTP " + page.statusCode() + "): "
                        + page.body().substring(0, Math.min(500, page.body().length())));
            }
            String action = form.group(1).replace("&amp;", "&");
            String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            String fields = "username=" + encode(username) + "&password="
                    + encode(TestServerSettings.get("MICROCRED_DEMO_PASSWORD")) + "&credentialId=";
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(action))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 302) {
                throw new AssertionError("Keycloak did not accept the login (HTTP " + answer.statusCode() + ")");
            }
            return URI.create(answer.headers().firstValue("Location").orElseThrow());
        } catch (java.io.IOException e) {
            throw new AssertionError("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
