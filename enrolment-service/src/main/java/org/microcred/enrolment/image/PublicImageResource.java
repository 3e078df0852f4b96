package org.microcred.enrolment.image;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;

/**
 * Badge images, public because every credential names one and every wallet and recognizer fetches it. A URL names
 * the bytes' SHA-256, so what it answers never changes: cached for a year, immutable. An SVG is served with a
 * Content-Security-Policy that lets it run and fetch nothing even when opened on its own.
 */
@Path(ImageStore.PUBLIC_PATH)
public class PublicImageResource {

    static final String CACHE = "public, max-age=31536000, immutable";
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final Pattern FILE = Pattern.compile("^([0-9a-f]{64})\\.(png|svg)$");

    private final ImageStore store;

    public PublicImageResource(ImageStore store) {
        this.store = store;
    }

    @GET
    @Path("/{file}")
    @PermitAll
    public Uni<Response> image(@RestPath String file, @Context Request request) {
        Matcher m = FILE.matcher(file == null ? "" : file);
        if (!m.matches()) {
            throw ProblemException.notFound("Image", abbreviate(file));
        }
        ImageFormat format = ImageFormat.ofExtension(m.group(2)).orElseThrow();
        return store.find(m.group(1), format).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Image", file);
            }
            EntityTag tag = new EntityTag(found.sha256);
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            Response.ResponseBuilder response = notModified != null ? notModified
                    : Response.ok(found.content, found.mediaType);
            response.tag(tag).header("Cache-Control", CACHE).header("X-Content-Type-Options", "nosniff");
            if (format == ImageFormat.SVG) {
                response.header("Content-Security-Policy", SVG_POLICY);
            }
            return response.build();
        });
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
