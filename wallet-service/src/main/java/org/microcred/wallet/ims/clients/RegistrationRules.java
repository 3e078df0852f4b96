package org.microcred.wallet.ims.clients;

import static org.microcred.wallet.ims.clients.RegistrationRefused.INVALID_REDIRECT_URI;
import static org.microcred.wallet.ims.clients.RegistrationRefused.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.microcred.wallet.ims.ImsApi;

/**
 * The rules a registration must pass before anything is created: RFC 7591's metadata as the OB 3.0 specification's
 * "Dynamic Client Registration" section requires it (every field below present, every URL https and on one host),
 * and this deployment's limits. Keycloak's admin API would take far more (any URL, any scope), so these checks are
 * the only gate. Unknown metadata is ignored, as RFC 7591 section 2 says.
 */
@ApplicationScoped
public class RegistrationRules {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> LOCALHOSTS = Set.of("localhost", "127.0.0.1");

    private final ImsClientsConfig config;

    public RegistrationRules(ImsClientsConfig config) {
        this.config = config;
    }

    public ClientMetadata check(String body) {
        JsonNode request = parse(body);
        String clientUri = url(request, "client_uri", null);
        String host = URI.create(clientUri).getHost().toLowerCase(Locale.ROOT);
        ClientMetadata metadata = new ClientMetadata(text(request, "client_name", config.maxNameLength()), clientUri,
                url(request, "logo_uri", host), url(request, "tos_uri", host), url(request, "policy_uri", host),
                text(request, "software_id", config.maxSoftwareLength()),
                text(request, "software_version", config.maxSoftwareLength()), redirectUris(request, host),
                scope(request));
        fixed(request, "token_endpoint_auth_method", List.of(ClientMetadata.TOKEN_ENDPOINT_AUTH_METHOD));
        fixedList(request, "grant_types", ClientMetadata.GRANT_TYPES);
        fixedList(request, "response_types", ClientMetadata.RESPONSE_TYPES);
        return metadata;
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            if (request == null || !request.isObject()) {
                throw metadata("The registration must be a JSON object");
            }
            return request;
        } catch (IOException e) {
            throw metadata("The registration is not well-formed JSON");
        }
    }

    private static String text(JsonNode request, String field, int maxLength) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw metadata(field + " is required");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw metadata(field + " must be a non-empty string");
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw metadata(field + " is longer than " + maxLength + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw metadata(field + " holds control characters");
        }
        return text;
    }

    /** An absolute https URL (http only for localhost, when tests allow it), on {@code host} unless it is null. */
    private String url(JsonNode request, String field, String host) {
        String text = text(request, field, config.maxUriLength());
        return checkedUrl(field, text, host, RegistrationRefused.INVALID_CLIENT_METADATA);
    }

    private String checkedUrl(String field, String text, String host, String error) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RegistrationRefused(error, field + " is not a URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String uriHost = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        boolean localHttp = config.allowHttpLocalhost() && "http".equals(scheme) && LOCALHOSTS.contains(uriHost);
        if (!"https".equals(scheme) && !localHttp) {
            throw new RegistrationRefused(error, field + " must be an https URL: " + text);
        }
        if (uriHost == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw new RegistrationRefused(error, field + " must name a host, with no user and no fragment: " + text);
        }
        if (host != null && !host.equals(uriHost)) {
            throw new RegistrationRefused(error, field + " must be on the host of client_uri (" + host + "): " + text);
        }
        return text;
    }

    private List<String> redirectUris(JsonNode request, String host) {
        JsonNode value = request.get("redirect_uris");
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new RegistrationRefused(INVALID_REDIRECT_URI, "redirect_uris is required: an array of URLs");
        }
        if (value.size() > config.maxRedirectUris()) {
            throw new RegistrationRefused(INVALID_REDIRECT_URI,
                    "redirect_uris holds more than " + config.maxRedirectUris() + " URLs");
        }
        Set<String> uris = new LinkedHashSet<>();
        for (JsonNode uri : value) {
            if (!uri.isTextual() || uri.asText().length() > config.maxUriLength()) {
                throw new RegistrationRefused(INVALID_REDIRECT_URI,
                        "each redirect URI must be a string of at most " + config.maxUriLength() + " characters");
            }
            uris.add(checkedUrl("redirect_uris", uri.asText(), host, INVALID_REDIRECT_URI));
        }
        return List.copyOf(uris);
    }

    /** Space-separated, only the IMS scopes and offline_access, at least one IMS scope; duplicates dropped. */
    private static String scope(JsonNode request) {
        String text = text(request, "scope", 2000);
        Set<String> scopes = new LinkedHashSet<>(List.of(text.split(" +")));
        List<String> unknown = new ArrayList<>();
        for (String scope : scopes) {
            if (!ImsApi.SCOPES.contains(scope) && !ClientMetadata.OFFLINE_ACCESS.equals(scope)) {
                unknown.add(scope);
            }
        }
        if (!unknown.isEmpty()) {
            throw metadata("scope holds scopes this host does not offer: " + String.join(" ", unknown));
        }
        if (scopes.stream().noneMatch(ImsApi.SCOPES::contains)) {
            throw metadata("scope must ask for at least one Open Badges or CLR scope");
        }
        return String.join(" ", scopes);
    }

    /** An optional field that, when sent, must name what this host supports. */
    private static void fixed(JsonNode request, String field, List<String> supported) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull() && !(value.isTextual() && supported.contains(value.asText()))) {
            throw metadata(field + " must be " + String.join(" or ", supported));
        }
    }

    /** An optional list that, when sent, may only name what this host supports, the first of them included. */
    private static void fixedList(JsonNode request, String field, List<String> supported) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        List<String> asked = new ArrayList<>();
        value.forEach(item -> asked.add(item.asText(null)));
        if (!value.isArray() || !supported.containsAll(asked) || !asked.contains(supported.get(0))) {
            throw metadata(field + " may only hold " + String.join(", ", supported) + ", " + supported.get(0)
                    + " among them");
        }
    }
}
