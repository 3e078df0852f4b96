package org.microcred.wallet.baking;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fetches achievement images from enrolment-service (only URLs {@link ImageRef} built under the trusted prefix),
 * bounded in size and time, and keeps them ({@link ImageCache}). A failure (enrolment away, too large, not the
 * expected kind of image, not the bytes the URL's hash names) fails the Uni; the caller falls back to the default.
 */
@ApplicationScoped
public class ImageFetcher {

    private final BadgeImageConfig config;
    private final ImageCache cache;
    private final HttpClient client;

    public ImageFetcher(BadgeImageConfig config) {
        this.config = config;
        this.cache = new ImageCache(config.cacheBytes());
        // Redirects are not followed: an image is where its URL says, on the trusted host.
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param png whether a PNG is expected (else an SVG)
     * @param sha256 the hash the bytes must have, or null (a generated SVG's PNG rendition is named by the SVG's)
     */
    Uni<byte[]> fetch(String url, boolean png, String sha256) {
        byte[] cached = cache.get(url);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Accept", png ? "image/png" : "image/svg+xml").GET().build();
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, info -> info.statusCode() == 200
                        ? new BoundedBody(config.maxBytes())
                        : java.net.http.HttpResponse.BodySubscribers.replacing((byte[]) null)))
                .ifNoItem().after(config.timeout().multipliedBy(2)).fail()
                .map(response -> {
                    byte[] body = response.body();
                    if (body == null || !(png ? ImageKinds.isPng(body) : ImageKinds.looksLikeXml(body))) {
                        throw new IllegalStateException(url + " answered " + response.statusCode()
                                + " without the expected image");
                    }
                    if (sha256 != null && !sha256.equals(sha256(body))) {
                        throw new IllegalStateException(url + " answered bytes of another hash");
                    }
                    cache.put(url, body);
                    return body;
                });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
