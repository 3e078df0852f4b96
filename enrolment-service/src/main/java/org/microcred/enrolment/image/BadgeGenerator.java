package org.microcred.enrolment.image;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The badge of a version published without an image: its name in the institution's colours, SVG and PNG alike. */
@ApplicationScoped
public class BadgeGenerator {

    private static final Logger LOG = Logger.getLogger(BadgeGenerator.class);

    private final ImageConfig config;

    public BadgeGenerator(ImageConfig config) {
        this.config = config;
    }

    /** The SVG, and its PNG form (null when it could not be drawn). */
    public record Generated(InspectedImage svg, InspectedImage png) {
    }

    public Generated generate(String tenantId, String name) {
        ImageConfig.TenantColours own = config.colours().get(tenantId);
        BadgeDesign design = BadgeDesign.of(name,
                own == null ? config.defaultBackground() : own.background().orElse(config.defaultBackground()),
                own == null ? config.defaultForeground() : own.foreground().orElse(config.defaultForeground()),
                own == null ? config.defaultAccent() : own.accent().orElse(config.defaultAccent()));
        int size = BadgeDesign.SIZE;
        return new Generated(new InspectedImage(ImageFormat.SVG, SvgBadge.render(design, name == null ? "" : name),
                size, size), png(design, size));
    }

    /** The PNG form, or null when this runtime cannot draw at all: publishing never fails for want of it. */
    private static InspectedImage png(BadgeDesign design, int size) {
        try {
            return new InspectedImage(ImageFormat.PNG, PngBadge.render(design), size, size);
        } catch (RuntimeException | LinkageError | InternalError e) {
            LOG.warnf("No PNG form of the generated badge: Java2D failed (%s); PNG badges of it use the wallet's"
                    + " default", e.toString());
            return null;
        }
    }
}
