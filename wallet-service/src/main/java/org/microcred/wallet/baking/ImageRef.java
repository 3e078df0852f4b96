package org.microcred.wallet.baking;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.events.EventCodec;

/**
 * The achievement image a credential names ({@code credentialSubject.achievement.image}, an Image node's
 * {@code id} or a bare URL), when it is one of this deployment's content-addressed images:
 * {@code <trusted prefix><sha256>.<png|svg>}. Anything else is no reference at all.
 */
public record ImageRef(String prefix, String sha256, String extension) {

    private static final Pattern FILE = Pattern.compile("^([0-9a-f]{64})\\.(png|svg)$");

    static Optional<ImageRef> of(String credentialJson, String trustedPrefix) {
        if (trustedPrefix == null || trustedPrefix.isBlank() || credentialJson == null) {
            return Optional.empty();
        }
        try {
            JsonNode image = EventCodec.mapper().readTree(credentialJson).path("credentialSubject")
                    .path("achievement").path("image");
            return ofUrl(image.isTextual() ? image.asText() : image.path("id").asText(""), trustedPrefix);
        } catch (Exception e) {
            // A document that does not parse names no image; the default badge carries it.
            return Optional.empty();
        }
    }

    /** The image at {@code url}, when it is one of this deployment's: {@code <trusted prefix><sha256>.<png|svg>}. */
    public static Optional<ImageRef> ofUrl(String url, String trustedPrefix) {
        if (url == null || trustedPrefix == null || trustedPrefix.isBlank() || !url.startsWith(trustedPrefix)) {
            return Optional.empty();
        }
        Matcher m = FILE.matcher(url.substring(trustedPrefix.length()));
        return m.matches() ? Optional.of(new ImageRef(trustedPrefix, m.group(1), m.group(2))) : Optional.empty();
    }

    boolean isPng() {
        return "png".equals(extension);
    }

    /** The image itself. */
    public String url() {
        return prefix + sha256 + "." + extension;
    }

    /** The PNG enrolment serves for it: itself, or the PNG rendition of a generated SVG. */
    String pngUrl() {
        return prefix + sha256 + ".png";
    }
}
