package org.microcred.wallet.ims.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.wallet.ims.host.ServiceDescription.Api;
import org.microcred.wallet.ims.host.ServiceDescription.Service;
import org.microcred.wallet.page.PageUrls;
import org.microcred.wallet.rest.EntityTags;

/**
 * The answer to {@code GET .../discovery}: unprotected (the specification forbids protecting it), the same document
 * for everyone, so shared caches may keep it for {@value #MAX_AGE_SECONDS} seconds, and a client that sends the
 * strong tag it has gets a 304 without a body.
 */
@ApplicationScoped
public class Discovery {

    static final int MAX_AGE_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A tenant id as the realm's user profile allows it ({@code tenant} attribute). */
    private static final java.util.regex.Pattern TENANT = java.util.regex.Pattern.compile("[a-z0-9-]{1,63}");

    private final ImsHostConfig config;
    private final PageUrls urls;

    public Discovery(ImsHostConfig config, PageUrls urls) {
        this.config = config;
        this.urls = urls;
    }

    public Response answer(Api api, String tenant, String ifNoneMatch) {
        if (!TENANT.matcher(tenant).matches()) {
            throw ProblemException.notFound("Institution", tenant);
        }
        byte[] body = body(api, tenant);
        String tag = EntityTags.of(body, MediaType.APPLICATION_JSON);
        Response.ResponseBuilder answer = ifNoneMatch != null && ifNoneMatch.contains(tag)
                ? Response.notModified(EntityTag.valueOf(tag))
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, tag);
        return answer.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).build();
    }

    byte[] body(Api api, String tenant) {
        try {
            return JSON.writeValueAsString(ServiceDescription.of(api, service(tenant),
                    ImsApi.baseUrl(urls.base(), tenant), config.authorizationServer()))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deployment's own entries (no institution's): how this wallet names itself to other hosts. */
    public Service deploymentService() {
        return service(null);
    }

    /** The wallet's public base URL, without a trailing slash. */
    public String publicBase() {
        return urls.base();
    }

    /** The institution's own entries where it set them, else the deployment's, else the wallet's own addresses. */
    Service service(String tenant) {
        ImsHostConfig.Institution own = tenant == null ? null : config.institutions().get(tenant);
        String home = urls.base() + "/";
        return new Service(
                own != null && own.title().isPresent() ? own.title().get() : config.title(),
                pick(own == null ? null : own.termsOfServiceUrl().orElse(null), config.termsOfServiceUrl().orElse(home)),
                pick(own == null ? null : own.privacyPolicyUrl().orElse(null), config.privacyPolicyUrl().orElse(home)),
                pick(own == null ? null : own.imageUrl().orElse(null), config.imageUrl()
                        .orElse(urls.base() + "/api/v1/public/badges/default.png")));
    }

    private static String pick(String own, String fallback) {
        return own != null ? own : fallback;
    }
}
