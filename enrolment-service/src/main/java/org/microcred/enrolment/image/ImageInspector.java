package org.microcred.enrolment.image;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of an uploaded badge image, in the order a client can fix them: size (413), format told by the
 * content and matched against the declared type and file name (415), then dimensions and, for an SVG, its safety
 * (422). The declared type and name are never trusted: a browser and every wallet go by the bytes.
 */
@ApplicationScoped
public class ImageInspector {

    private final ImageConfig config;

    public ImageInspector(ImageConfig config) {
        this.config = config;
    }

    /**
     * @param declaredType the request's Content-Type (parameters ignored)
     * @param fileName the file name a client gave (Content-Disposition), or null
     */
    public InspectedImage inspect(byte[] content, String declaredType, String fileName) {
        if (content.length > config.maxBytes()) {
            throw ImageProblems.tooLarge(content.length, config.maxBytes());
        }
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        ImageFormat stated = ImageFormat.ofMediaType(declared).orElseThrow(() -> ImageProblems.unsupported(
                "The declared type '" + declared + "' is not image/png nor image/svg+xml"));
        ImageFormat actual = formatOf(content).orElseThrow(() -> ImageProblems.unsupported(
                "The content is neither a PNG (no PNG signature) nor an SVG (not XML), although declared " + declared));
        if (actual != stated) {
            throw ImageProblems.unsupported("The content is " + actual.mediaType() + " but was declared " + declared);
        }
        Optional<ImageFormat> named = extensionOf(fileName);
        if (fileName != null && named.orElse(null) != actual) {
            throw ImageProblems.unsupported("The content is " + actual.mediaType() + " but the file is named '"
                    + fileName + "' (expected ." + actual.extension() + ")");
        }
        int[] size = actual == ImageFormat.PNG ? PngInspector.dimensions(content) : SvgInspector.inspect(content);
        checkDimensions(size[0], size[1]);
        return new InspectedImage(actual, content, size[0], size[1]);
    }

    static Optional<ImageFormat> formatOf(byte[] content) {
        if (PngInspector.isPng(content)) {
            return Optional.of(ImageFormat.PNG);
        }
        return SvgInspector.looksLikeXml(content) ? Optional.of(ImageFormat.SVG) : Optional.empty();
    }

    private static Optional<ImageFormat> extensionOf(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ImageFormat.ofExtension(fileName.substring(dot + 1));
    }

    private void checkDimensions(int width, int height) {
        int min = config.minPixels();
        int max = config.maxPixels();
        if (width < min || height < min || width > max || height > max) {
            throw ImageProblems.unacceptable("image-dimensions", "The image is " + width + "x" + height
                    + " px; each side must be " + min + " to " + max + " px");
        }
        if (Math.max(width, height) > (long) config.maxAspectRatio() * Math.min(width, height)) {
            throw ImageProblems.unacceptable("image-dimensions", "The image is " + width + "x" + height
                    + " px; the longer side may be at most " + config.maxAspectRatio() + " times the shorter");
        }
    }
}
