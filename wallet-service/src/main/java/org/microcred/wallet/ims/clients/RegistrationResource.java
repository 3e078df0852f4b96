package org.microcred.wallet.ims.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.events.EventCodec;
import org.microcred.support.ratelimit.PublicRateLimit;
import org.microcred.support.rest.BodySizeLimit;

/**
 * Dynamic client registration (RFC 7591) of a platform that will read or write earners' credentials through the OB
 * 3.0 and CLR 2.0 APIs of one institution: without an initial access token, as the OB 3.0 specification requires.
 * Our rules first ({@link RegistrationRules}), then the client is made in Keycloak through its admin API
 * ({@link ClientRegistration}); Keycloak's own registration endpoint stays closed (docs/ob3-api.md says why).
 *
 * <p>A tenant that is not in {@code microcred.wallet.ims-clients.tenants} has no registration endpoint: 404.
 */
// ImsApi.PREFIX + "/{tenant}" + ImsApi.REGISTER, written out: the deploy checks read @Path's literal to find the
// Ingress route (RegistrationRulesTest checks the two agree).
@Path("/ims-api/{tenant}/register")
public class RegistrationResource {

    private final RegistrationRules rules;
    private final ClientRegistration registration;
    private final RegistrationLimit limit;
    private final PublicRateLimit addresses;
    private final ImsClientsConfig config;

    public RegistrationResource(RegistrationRules rules, ClientRegistration registration, RegistrationLimit limit,
            PublicRateLimit addresses, ImsClientsConfig config) {
        this.rules = rules;
        this.registration = registration;
        this.limit = limit;
        this.addresses = addresses;
        this.config = config;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a platform (RFC 7591 dynamic client registration) for this institution's OB 3.0"
            + " and CLR 2.0 APIs")
    @APIResponse(responseCode = "201", description = "Registered: client_id, client_secret and the metadata")
    @APIResponse(responseCode = "400", description = "invalid_client_metadata, invalid_redirect_uri (RFC 7591)")
    @APIResponse(responseCode = "404", description = "This institution accepts no registrations")
    @APIResponse(responseCode = "413", description = "body-too-large")
    @APIResponse(responseCode = "429", description = "rate-limited: too many registrations from this address")
    @APIResponse(responseCode = "503", description = "temporarily_unavailable: Keycloak could not be asked")
    public Uni<Response> register(@RestPath String tenant, byte[] body, @Context HttpServerRequest request) {
        String address = addresses.clientAddressOf(request);
        limit.acquire(address);
        if (!config.accepts(tenant)) {
            return Uni.createFrom().item(RegistrationErrors.answer(404, "invalid_request",
                    "No institution '" + tenant + "' accepts registrations here"));
        }
        if (body.length > config.maxRequestBytes()) {
            throw BodySizeLimit.tooLarge(config.maxRequestBytes());
        }
        ClientMetadata metadata = rules.check(new String(body, StandardCharsets.UTF_8));
        return registration.register(tenant, metadata, address).map(RegistrationResource::answer);
    }

    /** RFC 7591 section 3.2.1: the client's credentials and every registered metadata value. */
    private static Response answer(ClientRegistration.Registered registered) {
        ObjectNode body = EventCodec.mapper().valueToTree(registered.metadata());
        body.put("client_id", registered.client().clientId);
        body.put("client_secret", registered.secret());
        body.put("client_id_issued_at", registered.client().createdAt.getEpochSecond());
        // The secret does not expire; the institution's admin deletes the client instead.
        body.put("client_secret_expires_at", 0);
        return Response.status(201).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .header("Pragma", "no-cache").entity(body).build();
    }
}
