package org.microcred.wallet.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The default badge image, for pages and link previews of credentials whose achievement has no image served here.
 * The same files the baked badges are made of; public and cacheable (they hold no credential).
 */
@Path("/api/v1/public/badges")
public class DefaultBadgeResource {

    private static final byte[] PNG = resource("badge/default-badge.png");
    private static final byte[] SVG = resource("badge/default-badge.svg");

    @GET
    @Path("/default.png")
    @PermitAll
    @Produces("image/png")
    @Operation(summary = "The default badge image (PNG)")
    @APIResponse(responseCode = "200", description = "The image")
    public Response png() {
        return Response.ok(PNG).header("Cache-Control", "public, max-age=86400").build();
    }

    @GET
    @Path("/default.svg")
    @PermitAll
    @Produces("image/svg+xml")
    @Operation(summary = "The default badge image (SVG)")
    @APIResponse(responseCode = "200", description = "The image")
    public Response svg() {
        return Response.ok(SVG).header("Cache-Control", "public, max-age=86400").build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DefaultBadgeResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
