package org.microcred.submission.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.microcred.submission.Artifact;
import org.microcred.submission.service.EvidenceService;
import org.microcred.submission.service.Upload;
import org.microcred.submission.storage.FileNames;
import org.microcred.submission.storage.MediaTypes;
import org.microcred.support.problem.ProblemException;

/**
 * Evidence files of an attempt: uploaded by its earner, read by them, by the assessors assigned to
 * the attempt and by the institution's issuer-admins.
 */
@Path("/api/v1/submissions/{id}/files")
public class EvidenceResource {

    private final EvidenceService evidence;
    private final Requesters requesters;

    public EvidenceResource(EvidenceService evidence, Requesters requesters) {
        this.evidence = evidence;
        this.requesters = requesters;
    }

    /** multipart/form-data with parts {@code file} and {@code promptId}; 201 with the artifact. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("earner")
    public Uni<Response> upload(@RestPath UUID id, @RestForm("file") FileUpload file,
            @RestForm("promptId") @NotBlank @Size(max = 64) String promptId) {
        if (file == null) {
            throw ProblemException.invalid("file", "a part named 'file' with the upload is required");
        }
        Upload upload = new Upload(file.uploadedFile(), file.fileName(), file.size());
        return evidence.upload(requesters.earner(), id, promptId, upload)
                .map(artifact -> Response.created(URI.create("/api/v1/submissions/" + id + "/files/" + artifact.id))
                        .entity(SubmissionMapper.toView(artifact)).build());
    }

    /** The bytes, with the type detected at upload; always as an attachment, never sniffed. */
    @GET
    @Path("/{artifactId}")
    @RolesAllowed({"earner", "assessor", "issuer-admin"})
    public Uni<Response> download(@RestPath UUID id, @RestPath UUID artifactId) {
        return evidence.download(requesters.reader(), id, artifactId).map(download -> {
            Artifact artifact = download.artifact();
            String type = MediaTypes.TEXT.equals(artifact.mediaType) ? artifact.mediaType + "; charset=utf-8"
                    : artifact.mediaType;
            return Response.ok(download.content(), type)
                    // servedAs again for files stored before names carried their detected type's extension.
                    .header("Content-Disposition", attachment(FileNames.servedAs(artifact.fileName, artifact.mediaType)))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("ETag", "\"" + artifact.sha256 + "\"")
                    .build();
        });
    }

    /** Removes a file from a draft. */
    @DELETE
    @Path("/{artifactId}")
    @RolesAllowed("earner")
    public Uni<Response> remove(@RestPath UUID id, @RestPath UUID artifactId) {
        return evidence.remove(requesters.earner(), id, artifactId).map(ignored -> Response.noContent().build());
    }

    /** RFC 6266: an ASCII fallback name, and the exact name encoded as RFC 5987. */
    private static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
