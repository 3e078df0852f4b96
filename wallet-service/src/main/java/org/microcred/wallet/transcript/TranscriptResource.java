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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Ask for a CLR 2.0 transcript of some of the caller's credentials (signed asynchronously)")
    @APIResponse(responseCode = "202", description = "The PENDING transcript, and its Location")
    @APIResponse(responseCode = "400", description = "validation: no body, or a name over 200 characters")
    @APIResponse(responseCode = "422", description = "no-credentials, too-many-credentials, duplicate-credentials,"
            + " unknown-credentials, credential-revoked or credential-suspended, naming the credentials")
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
    @Operation(summary = "List the caller's transcripts, newest first")
    @APIResponse(responseCode = "200", description = "The transcripts")
    @APIResponse(responseCode = "400", description = "validation: limit out of 1..200")
    public Uni<List<TranscriptView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return transcripts.list(caller.tenantId(), caller.userId(), limit)
                .map(list -> list.stream().map(TranscriptView::of).toList());
    }

    /** One of the caller's transcripts and where it stands; anyone else's: 404. */
    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Read one of the caller's transcripts and where it stands")
    @APIResponse(responseCode = "200", description = "The transcript")
    @APIResponse(responseCode = "404", description = "Not a transcript of the caller's")
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
    @Operation(summary = "Download the signed ClrCredential of one of the caller's transcripts, byte for byte")
    @APIResponse(responseCode = "200", description = "The signed ClrCredential, an attachment")
    @APIResponse(responseCode = "404", description = "Not a transcript of the caller's")
    @APIResponse(responseCode = "409", description = "transcript-not-issued: PENDING, or REFUSED")
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
