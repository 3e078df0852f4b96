package org.microcred.wallet.transcript;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.transcript.TranscriptViews.TranscriptRequest;
import org.microcred.wallet.transcript.TranscriptViews.TranscriptView;

/**
 * The earner's CLR 2.0 transcripts: asked for here, signed by issuance (asynchronously: 202, then PENDING until it
 * answers), read back as the signed {@code ClrCredential}, byte for byte.
 */
@Path(TranscriptResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptResource {

    static final String PATH = "/api/v1/wallet/transcripts";

    private final TranscriptService transcripts;
    private final Caller caller;

    public TranscriptResource(TranscriptService transcripts, Caller caller) {
        this.transcripts = transcripts;
        this.caller = caller;
    }

    /** 202 with the PENDING transcript and its Location; 422 naming what is wrong with the chosen credentials. */
    @POST
    @RolesAllowed("earner")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> request(TranscriptRequest body) {
        if (body == null) {
            throw ProblemException.invalid("credentialIds", "required");
        }
        return transcripts.request(caller.tenantId(), caller.userId(), body.credentialIds(), body.name())
                .map(t -> Response.accepted(TranscriptView.of(t)).location(URI.create(PATH + "/" + t.id)).build());
    }

    /** The caller's transcripts, newest first. */
    @GET
    @RolesAllowed("earner")
    public Uni<List<TranscriptView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return transcripts.list(caller.tenantId(), caller.userId(), limit)
                .map(list -> list.stream().map(TranscriptView::of).toList());
    }

    /** One of the caller's transcripts and where it stands; anyone else's: 404. */
    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    public Uni<TranscriptView> get(@RestPath UUID id) {
        return transcripts.get(caller.tenantId(), caller.userId(), id).map(TranscriptView::of);
    }

    /**
     * The signed {@code ClrCredential}, exactly as issuance signed it; 409 {@code transcript-not-issued} while it
     * is PENDING or when it was REFUSED.
     */
    @GET
    @Path("/{id}/clr")
    @RolesAllowed("earner")
    public Uni<Response> document(@RestPath UUID id) {
        return transcripts.get(caller.tenantId(), caller.userId(), id).map(t -> {
            if (t.status != Transcript.Status.ISSUED) {
                throw ProblemException.conflict("transcript-not-issued", "Transcript " + id + " is " + t.status
                        + (t.refusalReason == null ? "" : " (" + t.refusalReason + ")"));
            }
            return Response.ok(t.document, MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"transcript-" + id + ".json\"")
                    .header("Cache-Control", "private, no-store")
                    .build();
        });
    }
}
