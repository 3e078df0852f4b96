package org.microcred.wallet.ims.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.external.ExternalCredentialConfig;
import org.microcred.wallet.external.ExternalVerification.Received;
import org.microcred.wallet.ims.host.HeldCredentials.Held;
import org.microcred.wallet.ims.host.ImsAccess.Earner;
import org.microcred.wallet.ims.host.ServiceDescription.Api;
import org.microcred.wallet.page.PageUrls;
import org.microcred.wallet.verification.rest.RequestText;

/**
 * What the Open Badges 3.0 and CLR 2.0 resources do, once the caller is allowed: list the earner's credentials a page
 * at a time, take one from a platform, read and replace the profile. The two APIs differ in which credentials count
 * (the wallet holds no CLR credential yet: it cannot verify one until the CLR 2.0 context is available to it, so the
 * CLR list is empty and a CLR upsert is refused at once).
 */
@ApplicationScoped
public class ImsHost {

    /** A compact JWS, as the specifications' {@code CompactJws} pattern has it. */
    static final Pattern COMPACT_JWS = Pattern.compile("^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeldCredentials held;
    private final CredentialUpsert upsert;
    private final EarnerProfiles profiles;
    private final ImsHostConfig config;
    private final PageUrls urls;
    private final ExternalCredentialConfig external;

    public ImsHost(HeldCredentials held, CredentialUpsert upsert, EarnerProfiles profiles, ImsHostConfig config,
            PageUrls urls, ExternalCredentialConfig external) {
        this.held = held;
        this.upsert = upsert;
        this.profiles = profiles;
        this.config = config;
        this.urls = urls;
        this.external = external;
    }

    /** {@code getCredentials}: the page, {@code X-Total-Count} and the {@code Link}s to the other pages. */
    public Uni<Response> credentials(Api api, Earner earner, String limit, String offset, String since, UriInfo uri) {
        CredentialQuery query = CredentialQuery.of(limit, offset, since, config);
        Uni<HeldCredentials.Page> page = api == Api.OB
                ? held.page(earner.tenantId(), earner.earnerId(), query.since(), query.limit(), query.offset())
                : Uni.createFrom().item(new HeldCredentials.Page(List.of(), 0));
        return page.map(found -> {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode json = body.putArray("credential"); // both APIs' responses name the list so
            ArrayNode jws = body.putArray("compactJwsString");
            for (Held credential : found.credentials()) {
                if (credential.jwt()) {
                    jws.add(credential.text().trim());
                } else {
                    json.addRawValue(new RawValue(credential.text()));
                }
            }
            URI publicRequest = URI.create(urls.base() + uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
            return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
                    .header("X-Total-Count", found.total())
                    .header("Link", PageLinks.of(publicRequest, query.limit(), query.offset(), found.total()))
                    .build();
        });
    }

    /** {@code upsertCredential} with a JSON body: 201 created or 200 replaced, answering the credential sent. */
    public Uni<Response> upsertJson(Api api, Earner earner, byte[] body) {
        refuseClr(api);
        String text = RequestText.utf8(body, external.maxDocumentBytes(), "credential");
        return upsert.upsert(earner, new Received("json", text)).map(stored -> Response
                .status(stored.created() ? 201 : 200).entity(text).type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** {@code upsertCredential} with a compact JWS as {@code text/plain}. */
    public Uni<Response> upsertJws(Api api, Earner earner, byte[] body) {
        refuseClr(api);
        String jws = RequestText.utf8(body, external.maxDocumentBytes(), "credential").trim();
        if (!COMPACT_JWS.matcher(jws).matches()) {
            throw new ProblemException(400, "malformed-jwt", "Not a compact JWS",
                    "A text/plain credential is a VC-JWT in compact JWS form (three base64url parts)");
        }
        return upsert.upsert(earner, new Received("jwt", jws)).map(stored -> Response
                .status(stored.created() ? 201 : 200).entity(jws).type(MediaType.TEXT_PLAIN_TYPE).build());
    }

    /** Not "cannot verify" after the work: said at once, and so that an Open Badge never enters as a CLR. */
    private static void refuseClr(Api api) {
        if (api == Api.CLR) {
            throw new ProblemException(400, "clr-not-supported", "CLR credentials not accepted yet",
                    "This wallet cannot verify CLR 2.0 credentials yet (it does not have the CLR 2.0 JSON-LD"
                            + " context), so it does not take them; send Open Badges to the Open Badges 3.0 API");
        }
    }

    public Uni<Response> profile(Earner earner) {
        return profiles.read(earner).map(ImsHost::json);
    }

    public Uni<Response> replaceProfile(Earner earner, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return profiles.replace(earner, text).map(ImsHost::json);
    }

    private static Response json(String document) {
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
