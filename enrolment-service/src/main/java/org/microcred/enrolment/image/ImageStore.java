package org.microcred.enrolment.image;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stored badge images and their public URLs: {@code <public base URL>/api/v1/public/images/<sha256>.<png|svg>}.
 * Stores uploaded images and generates one (SVG, with its PNG) for a version published without any, so every
 * version published on this deployment names an image the wallet can bake into.
 */
@ApplicationScoped
public class ImageStore {

    public static final String PUBLIC_PATH = "/api/v1/public/images/";

    private final BadgeImageRepository images;
    private final BadgeGenerator generator;
    private final String publicBase;

    public ImageStore(BadgeImageRepository images, BadgeGenerator generator, EnrolmentPublicBaseUrl base,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.images = images;
        this.generator = generator;
        // Made when first used, after the server listens: the port is then the one it listens on.
        this.publicBase = base.base(port);
    }

    /** The absolute URL an image is served at. */
    public String url(String sha256, ImageFormat format) {
        return publicBase + PUBLIC_PATH + sha256 + "." + format.extension();
    }

    /** Stores an uploaded image (in the caller's transaction) and answers its URL. */
    public Uni<String> store(InspectedImage image) {
        return images.store(image, null).replaceWith(url(image.sha256(), image.format()));
    }

    /**
     * The image a version being published names: {@code currentUrl} when it has one (uploaded, or a URL the admin
     * gave), else a generated badge with its name in the tenant's colours, stored in the caller's transaction.
     */
    public Uni<String> forPublication(String tenantId, String name, String currentUrl) {
        if (currentUrl != null && !currentUrl.isBlank()) {
            return Uni.createFrom().item(currentUrl);
        }
        BadgeGenerator.Generated badge = generator.generate(tenantId, name);
        Uni<Void> png = badge.png() == null ? Uni.createFrom().voidItem() : images.store(badge.png(), null);
        return png.chain(() -> images.store(badge.svg(), badge.png() == null ? null : badge.png().sha256()))
                .replaceWith(url(badge.svg().sha256(), ImageFormat.SVG));
    }

    /**
     * The bytes to serve for {@code <sha256>.<format>}: the image itself, or for {@code .png} of an SVG its PNG
     * rendition; null when there is none.
     */
    @WithSession
    public Uni<BadgeImage> find(String sha256, ImageFormat format) {
        return images.findById(sha256).chain(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            if (found.format() == format) {
                return Uni.createFrom().item(found);
            }
            if (format == ImageFormat.PNG && found.pngRendition != null) {
                return images.findById(found.pngRendition);
            }
            return Uni.createFrom().nullItem();
        });
    }
}
