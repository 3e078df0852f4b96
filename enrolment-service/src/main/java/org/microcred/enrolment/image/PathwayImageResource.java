package org.microcred.enrolment.image;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.security.Caller;

/**
 * Issuer-admins upload the badge image of a draft pathway version (the same rules as a micro-credential's,
 * AchievementImageResource): the raw bytes as the body, typed by
 * {@code Content-Type: image/png} or {@code image/svg+xml} (and optionally named by {@code Content-Disposition});
 * the version's {@code imageUrl} becomes the image's public URL.
 */
@Path("/api/v1/pathways")
public class PathwayImageResource {

    private final ImageInspector inspector;
    private final ImageUploads uploads;
    private final Caller caller;

    public PathwayImageResource(ImageInspector inspector, ImageUploads uploads, Caller caller) {
        this.inspector = inspector;
        this.uploads = uploads;
        this.caller = caller;
    }

    @PUT
    @Path("/{id}/versions/{version}/image")
    @RolesAllowed("issuer-admin")
    @Consumes("*/*")
    public Uni<ImageUploads.StoredImage> pathway(@RestPath UUID id, @RestPath @Min(1) @Max(100000) int version,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam("Content-Disposition") String disposition, byte[] body) {
        InspectedImage image = inspector.inspect(body == null ? new byte[0] : body, type,
                ImageUploadRequest.fileName(disposition));
        return uploads.pathway(caller.tenantId(), id, version, image);
    }
}
