package org.microcred.enrolment.image;

import java.util.Arrays;
import java.util.Optional;

/** The two badge image formats Open Badges bakes credentials into, with their media type and file extension. */
public enum ImageFormat {
    PNG("image/png", "png"),
    SVG("image/svg+xml", "svg");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    public static Optional<ImageFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
