package org.microcred.enrolment.image;

import jakarta.enterprise.context.ApplicationScoped;

/** The badge of a version published without an image: its name in the institution's colours, SVG and PNG alike. */
@ApplicationScoped
public class BadgeGenerator {

    private final ImageConfig config;

    public BadgeGenerator(ImageConfig config) {
        this.config = config;
    }

    public record Generated(InspectedImage svg, InspectedImage png) {
    }

    public Generated generate(String tenantId, String name) {
        ImageConfig.Colours defaults = config.defaults();
        ImageConfig.TenantColours own = config.colours().get(tenantId);
        BadgeDesign design = BadgeDesign.of(name,
                own == null ? defaults.background() : own.background().orElse(defaults.background()),
                own == null ? defaults.foreground() : own.foreground().orElse(defaults.foreground()),
                own == null ? defaults.accent() : own.accent().orElse(defaults.accent()));
        int size = BadgeDesign.SIZE;
        return new Generated(new InspectedImage(ImageFormat.SVG, SvgBadge.render(design, name == null ? "" : name),
                size, size), new InspectedImage(ImageFormat.PNG, PngBadge.render(design), size, size));
    }
}
