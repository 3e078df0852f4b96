package org.microcred.wallet.ims.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * RFC 7591's error body for the registration endpoint, which a platform's OAuth library reads: not RFC 9457, which
 * the rest of /api/v1 answers. {@code Cache-Control: no-store} as the RFC asks of every registration answer.
 */
public class RegistrationErrors {

    /** RFC 7591 section 3.2.2. */
    public record ErrorBody(String error, @JsonProperty("error_description") String errorDescription) {
    }

    @ServerExceptionMapper
    public Response refused(RegistrationRefused e) {
        return answer(400, e.error(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(RegistrationUnavailable e) {
        return Response.fromResponse(answer(503, "temporarily_unavailable", e.getMessage()))
                .header("Retry-After", RegistrationUnavailable.RETRY_AFTER_SECONDS).build();
    }

    static Response answer(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(new ErrorBody(error, description)).build();
    }
}
