package org.microcred.wallet.ims.host;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.wallet.ims.host.ServiceDescription.Api;

/**
 * 1EdTech's Open Badges 3.0 and CLR 2.0 REST APIs on one institution's wallet (purl.imsglobal.org/spec/ob/v3p0 and
 * spec/clr/v2p0, their "API" sections), which have the same shape: the service description, the signed-in earner's
 * credentials (read, and written by a platform), and their profile. Errors are Imsx_StatusInfo
 * bodies ({@link ImsxErrors}). Each operation needs the token's institution to be the path's and the scope the
 * specification names for it ({@link ImsAccess}).
 */
// ImsApi.PREFIX, written out: the deploy check IngressRoutes reads @Path values as literals or plain constants.
@Path("/ims-api/{tenant}/ims/{api: ob/v3p0|clr/v2p0}")
public class ImsHostResource {

    private static final String ERRORS = "An Imsx_StatusInfo: 400 invalid query or credential (the reason in"
            + " imsx_description), 401 no valid token, 403 another institution or a scope not granted";

    private final Discovery discovery;
    private final ImsHost host;
    private final ImsAccess access;

    public ImsHostResource(Discovery discovery, ImsHost host, ImsAccess access) {
        this.discovery = discovery;
        this.host = host;
        this.access = access;
    }

    @GET
    @Path("/discovery")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Service Description Document of the institution's wallet (unprotected)")
    @APIResponse(responseCode = "200", description = "The OpenAPI 3.0 document with the OAuth2ACG security scheme")
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    public Response discovery(@RestPath String tenant, @RestPath String api, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return discovery.answer(Api.at(api), tenant, ifNoneMatch);
    }

    @GET
    @Path("/credentials")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "getCredentials: the earner's credentials, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "The page; X-Total-Count and Link (next, last, first, prev)")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Uni<Response> credentials(@RestPath String tenant, @RestPath String api, @RestQuery String limit, @RestQuery String offset,
            @RestQuery String since, @Context UriInfo uri) {
        return access.require(tenant, Api.at(api).scope("credential.readonly"))
                .chain(earner -> host.credentials(Api.at(api), earner, limit, offset, since, uri));
    }

    @POST
    @Path("/credentials")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "upsertCredential: put a credential (JSON with a Data Integrity proof) into the wallet")
    @APIResponse(responseCode = "201", description = "Verified and added: the credential sent")
    @APIResponse(responseCode = "200", description = "Verified and replaced the equal one held: the credential sent")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Uni<Response> upsertJson(@RestPath String tenant, @RestPath String api, byte[] body) {
        return access.require(tenant, Api.at(api).scope("credential.upsert"))
                .chain(earner -> host.upsertJson(Api.at(api), earner, body));
    }

    @POST
    @Path("/credentials")
    @Authenticated
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "upsertCredential: put a credential (a VC-JWT, compact JWS) into the wallet")
    @APIResponse(responseCode = "201", description = "Verified and added: the credential sent")
    @APIResponse(responseCode = "200", description = "Verified and replaced the equal one held: the credential sent")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Uni<Response> upsertJws(@RestPath String tenant, @RestPath String api, byte[] body) {
        return access.require(tenant, Api.at(api).scope("credential.upsert"))
                .chain(earner -> host.upsertJws(Api.at(api), earner, body));
    }

    @GET
    @Path("/profile")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "getProfile: the earner's Profile")
    @APIResponse(responseCode = "200", description = "The Profile")
    @APIResponse(responseCode = "403", description = ERRORS)
    public Uni<Response> profile(@RestPath String tenant, @RestPath String api) {
        return access.require(tenant, Api.at(api).scope("profile.readonly")).chain(host::profile);
    }

    @PUT
    @Path("/profile")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "putProfile: replace the earner's Profile (its id stays the earner's)")
    @APIResponse(responseCode = "200", description = "The Profile as kept")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Uni<Response> replaceProfile(@RestPath String tenant, @RestPath String api, byte[] body) {
        return access.require(tenant, Api.at(api).scope("profile.update"))
                .chain(earner -> host.replaceProfile(earner, body));
    }
}
