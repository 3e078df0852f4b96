package org.microcred.wallet.baking;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.credentials.baking.SvgBaking;

/**
 * Credentials baked into badge images (Open Badges 3.0 baking), and out of uploaded ones. A credential is baked into
 * its achievement's own image when that is one of this deployment's (enrolment-service's public images, under
 * {@code microcred.badge-images.trusted-prefix}): a PNG image into a PNG, an SVG into an SVG; for the other form, the
 * PNG enrolment serves for a generated SVG, or the PNG wrapped in an SVG as inline data. Whenever the image cannot
 * be had (another host, enrolment away, an older credential without one) it goes into the default badge shipped
 * with this service, so a download never fails for want of an image.
 */
@ApplicationScoped
public class BadgeImages {

    private static final Logger LOG = Logger.getLogger(BadgeImages.class);

    private final byte[] png = resource("badge/default-badge.png");
    private final byte[] svg = resource("badge/default-badge.svg");
    private final BadgeImageConfig config;
    private final ImageFetcher fetcher;

    public BadgeImages(BadgeImageConfig config, ImageFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    /**
     * The credential (its JSON, as stored) baked into its achievement's image as a PNG, in an iTXt chunk; the
     * default badge when the image is not this deployment's or cannot be fetched.
     */
    public Uni<byte[]> bakedPng(String credentialJson) {
        Optional<ImageRef> ref = ImageRef.of(credentialJson, config.trustedPrefix());
        if (ref.isEmpty()) {
            return Uni.createFrom().item(() -> png(credentialJson));
        }
        ImageRef image = ref.get();
        return fetcher.fetch(image.pngUrl(), true, image.isPng() ? image.sha256() : null)
                .map(bytes -> PngBaking.bake(bytes, credentialJson))
                .onFailure().recoverWithItem(failure -> fallback(image, failure, () -> png(credentialJson)));
    }

    /**
     * {@code payload} (the VC-JWT, or the JSON when there is none) baked into the achievement image of
     * {@code credentialJson} as an SVG; the default badge when that image cannot be had.
     */
    public Uni<byte[]> bakedSvg(String credentialJson, String payload) {
        Optional<ImageRef> ref = ImageRef.of(credentialJson, config.trustedPrefix());
        if (ref.isEmpty()) {
            return Uni.createFrom().item(() -> svg(payload));
        }
        ImageRef image = ref.get();
        Uni<byte[]> base = image.isPng()
                ? fetcher.fetch(image.url(), true, image.sha256()).map(BadgeImages::pngInSvg)
                : fetcher.fetch(image.url(), false, image.sha256());
        return base.map(bytes -> SvgBaking.bake(bytes, payload))
                .onFailure().recoverWithItem(failure -> fallback(image, failure, () -> svg(payload)));
    }

    /** The default badge as a PNG with the credential (its JSON, as stored) in an iTXt chunk. */
    public byte[] png(String credential) {
        return PngBaking.bake(png, credential);
    }

    /** The default badge as an SVG with the credential in an openbadges:credential element. */
    public byte[] svg(String credential) {
        return SvgBaking.bake(svg, credential);
    }

    /**
     * The credential baked into an uploaded image, told apart by its bytes rather than its name or
     * declared type: a PNG by its signature, an SVG by being XML.
     *
     * @return the credential's JSON, or a compact JWS
     * @throws CredentialException {@code unsupported-image} for anything else, {@code no-credential},
     *         {@code unsafe-xml}, {@code malformed-image}, {@code too-large}
     */
    public String unbake(byte[] image) {
        if (ImageKinds.isPng(image)) {
            return PngBaking.unbake(image);
        }
        if (ImageKinds.looksLikeXml(image)) {
            return SvgBaking.unbake(image);
        }
        throw new CredentialException("unsupported-image", "the file is neither a PNG nor an SVG image");
    }

    /** A PNG shown by an SVG of its size, as inline data (nothing fetched when the SVG is opened). */
    static byte[] pngInSvg(byte[] pngImage) {
        int[] size = ImageKinds.pngSize(pngImage);
        String data = Base64.getEncoder().encodeToString(pngImage);
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size[0] + "\" height=\"" + size[1]
                + "\" viewBox=\"0 0 " + size[0] + " " + size[1] + "\"><image width=\"" + size[0] + "\" height=\""
                + size[1] + "\" href=\"data:image/png;base64," + data + "\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fallback(ImageRef image, Throwable failure, java.util.function.Supplier<byte[]> byDefault) {
        LOG.infof("Baking into the default badge: the achievement image %s could not be used (%s)", image.url(),
                failure.toString());
        return byDefault.get();
    }

    private static byte[] resource(String name) {
        try (InputStream in = BadgeImages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
