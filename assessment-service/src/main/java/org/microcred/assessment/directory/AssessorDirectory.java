package org.microcred.assessment.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.microcred.support.problem.ProblemException;

/**
 * Answers whether a user id names an enabled assessor of a tenant, from Keycloak's admin API: the user
 * ({@code GET /admin/realms/{realm}/users/{id}}: enabled, {@code tenant} attribute) and their effective realm
 * roles ({@code .../role-mappings/realm/composite}). assessment-service signs in with its own client (client
 * credentials); its service account may only view users. Answers are cached for a short time per user.
 */
@ApplicationScoped
public class AssessorDirectory {

    private static final Logger LOG = Logger.getLogger(AssessorDirectory.class);
    private static final String ASSESSOR_ROLE = "assessor";
    private static final int MAX_CACHED_USERS = 10_000;

    private final AssessorDirectoryConfig config;
    private final WebClient http;
    private final String tokenUrl;
    private final String adminUrl;
    private final Map<String, Cached> users = new ConcurrentHashMap<>();
    private volatile AccessToken token;

    public AssessorDirectory(AssessorDirectoryConfig config, Vertx vertx) {
        this.config = config;
        this.http = WebClient.create(vertx);
        String realm = config.realmUrl().replaceAll("/+$", "");
        this.tokenUrl = realm + "/protocol/openid-connect/token";
        int at = realm.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("microcred.assessor-directory.realm-url is not a Keycloak realm URL: "
                    + realm);
        }
        this.adminUrl = realm.substring(0, at) + "/admin" + realm.substring(at);
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /**
     * Completes when {@code userId} is an enabled user of {@code tenantId} with the assessor role; fails with
     * 422 {@code not-an-assessor} otherwise (a user of another tenant is answered like an unknown one), and with
     * 503 {@code directory-unavailable} when Keycloak cannot tell.
     */
    public Uni<Void> requireAssessor(String tenantId, String userId) {
        return lookUp(userId).map(user -> {
            if (user == null || !user.enabled() || !tenantId.equals(user.tenantId()) || !user.assessor()) {
                throw new ProblemException(422, "not-an-assessor", "Not an assessor",
                        "User " + userId + " is not an assessor of this institution");
            }
            return null;
        });
    }

    private Uni<DirectoryUser> lookUp(String userId) {
        Cached cached = users.get(userId);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.user());
        }
        String userUrl = adminUrl + "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
        return bearer().chain(bearer -> get(userUrl, bearer).chain(found -> {
            if (found.statusCode() == 404) {
                return Uni.createFrom().<DirectoryUser>nullItem();
            }
            JsonObject user = ok(found).bodyAsJsonObject();
            return get(userUrl + "/role-mappings/realm/composite", bearer)
                    .map(roles -> new DirectoryUser(user.getBoolean("enabled", false), tenantOf(user),
                            hasRole(ok(roles).bodyAsJsonArray(), ASSESSOR_ROLE)));
        })).invoke(user -> remember(userId, user));
    }

    private Uni<HttpResponse<Buffer>> get(String url, String bearer) {
        return http.getAbs(url).bearerTokenAuthentication(bearer).timeout(config.timeout().toMillis()).send()
                .onFailure().transform(AssessorDirectory::unavailable);
    }

    /** The service's own access token, fetched again shortly before it expires. */
    private Uni<String> bearer() {
        AccessToken current = token;
        if (current != null && current.validUntil().isAfter(Instant.now())) {
            return Uni.createFrom().item(current.value());
        }
        io.vertx.mutiny.core.MultiMap form = io.vertx.mutiny.core.MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "client_credentials")
                .add("client_id", config.clientId())
                .add("client_secret", config.clientSecret());
        return http.postAbs(tokenUrl).timeout(config.timeout().toMillis()).sendForm(form)
                .onFailure().transform(AssessorDirectory::unavailable)
                .map(response -> {
                    JsonObject body = ok(response).bodyAsJsonObject();
                    long lifetime = body.getLong("expires_in", 60L);
                    AccessToken fresh = new AccessToken(body.getString("access_token"),
                            Instant.now().plusSeconds(Math.max(0, lifetime - 30)));
                    token = fresh;
                    return fresh.value();
                });
    }

    private void remember(String userId, DirectoryUser user) {
        if (users.size() >= MAX_CACHED_USERS) {
            users.clear();
        }
        users.put(userId, new Cached(user, Instant.now().plus(config.cacheTtl())));
    }

    private static HttpResponse<Buffer> ok(HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            LOG.warnf("Keycloak answered %d to the assessor directory: %s", response.statusCode(),
                    response.bodyAsString());
            throw unavailable(null);
        }
        return response;
    }

    private static ProblemException unavailable(Throwable cause) {
        if (cause != null) {
            LOG.warnf("Assessor directory unreachable: %s", cause.toString());
        }
        return new ProblemException(503, "directory-unavailable", "Directory unavailable",
                "The identity provider could not be asked whether the user is an assessor; try again shortly");
    }

    private static String tenantOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray tenant = attributes == null ? null : attributes.getJsonArray("tenant");
        return tenant == null || tenant.isEmpty() ? null : tenant.getString(0);
    }

    private static boolean hasRole(JsonArray roles, String name) {
        for (int i = 0; i < roles.size(); i++) {
            if (name.equals(roles.getJsonObject(i).getString("name"))) {
                return true;
            }
        }
        return false;
    }

    /** What the directory says of a user; null stands for "no such user". */
    private record DirectoryUser(boolean enabled, String tenantId, boolean assessor) {
    }

    private record Cached(DirectoryUser user, Instant until) {
    }

    private record AccessToken(String value, Instant validUntil) {
    }
}
