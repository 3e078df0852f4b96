package org.microcred.wallet.ims.backpack;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.microcred.support.problem.ProblemException;

/**
 * Where another host sends the earner's browser back after they authorized (or refused) a send: no account is
 * needed (the {@code state} is the capability, good once), and the answer is a page saying how it ended.
 */
@Path(BackpackCallbackResource.PATH)
public class BackpackCallbackResource {

    public static final String PATH = "/api/v1/public/backpack/callback";

    /** The page: sent or not, where, and why not. */
    @TemplateData
    public record BackpackPage(boolean sent, String title, String detail) {
    }

    private final BackpackSends sends;
    private final Template page;

    public BackpackCallbackResource(BackpackSends sends, @Location("page/backpack.html") Template page) {
        this.sends = sends;
        this.page = page;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The other host's redirect after the earner authorized a send: sends the credential")
    @APIResponse(responseCode = "200", description = "A page: sent, or why the host refused it")
    @APIResponse(responseCode = "404", description = "No send has this state")
    @APIResponse(responseCode = "409", description = "The send was answered already")
    @APIResponse(responseCode = "410", description = "The send expired")
    public Uni<Response> callback(@RestQuery String state, @RestQuery String code, @RestQuery String error) {
        return Uni.createFrom().deferred(() -> sends.finish(state, code, error))
                .map(finished -> html(200, new BackpackPage(finished.sent(), finished.sent()
                        ? "Sent to " + finished.hostName() : "Not sent to " + finished.hostName(), finished.detail())))
                .onFailure(ProblemException.class).recoverWithItem(failure -> {
                    ProblemException problem = (ProblemException) failure;
                    return html(problem.status(), new BackpackPage(false, "Not sent", problem.getMessage()));
                });
    }

    private Response html(int status, BackpackPage data) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.data("page", data).render())
                .build();
    }
}
