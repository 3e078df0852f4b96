package org.microcred.wallet.ims.host;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.microcred.support.problem.Problem;
import org.microcred.wallet.ims.ImsApi;

/**
 * On the Open Badges and CLR API paths, every error the service's problem mappers made (a refusal of ours, a missing
 * or bad token, an unknown path, a method not allowed, a malformed body) leaves as an {@link ImsxStatusInfo} with the
 * same status, as 1EdTech's specifications require. Done as one response filter so no refusal is missed; the rest of
 * the API keeps RFC 9457 problem details, and so does dynamic registration (RFC 7591 has its own error body).
 */
public class ImsxErrors {

    @ServerResponseFilter
    public void toStatusInfo(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && isSpecificationPath(request.getUriInfo().getPath())) {
            response.setEntity(ImsxStatusInfo.of(problem), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** {@code /ims-api/<tenant>/ims/...}: the paths the specifications define. */
    static boolean isSpecificationPath(String path) {
        if (!path.startsWith(ImsApi.PREFIX + "/")) {
            return false;
        }
        int tenantEnd = path.indexOf('/', ImsApi.PREFIX.length() + 1);
        return tenantEnd > 0 && path.startsWith("/ims/", tenantEnd);
    }
}
