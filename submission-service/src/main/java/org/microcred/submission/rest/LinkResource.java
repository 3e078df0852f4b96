package org.microcred.submission.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.submission.service.LinkService;

/** Link evidence of a draft attempt, added and removed by its earner; read with the attempt. */
@Path("/api/v1/submissions/{id}/links")
public class LinkResource {

    private final LinkService links;
    private final Requesters requesters;

    public LinkResource(LinkService links, Requesters requesters) {
        this.links = links;
        this.requesters = requesters;
    }

    /** 201 with the link; 200 with the existing one when the prompt already holds that URL. */
    @POST
    @RolesAllowed("earner")
    public Uni<Response> add(@RestPath UUID id, @NotNull @Valid SubmissionRequests.Link request) {
        return links.add(requesters.earner(), id, request.promptId(), request.url(), request.title()).map(added -> {
            SubmissionViews.Link view = SubmissionMapper.toView(added.link());
            return added.created()
                    ? Response.created(URI.create("/api/v1/submissions/" + id + "/links/" + view.id())).entity(view).build()
                    : Response.ok(view).build();
        });
    }

    @DELETE
    @Path("/{linkId}")
    @RolesAllowed("earner")
    public Uni<Response> remove(@RestPath UUID id, @RestPath UUID linkId) {
        return links.remove(requesters.earner(), id, linkId).map(ignored -> Response.noContent().build());
    }
}
