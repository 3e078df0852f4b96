package org.microcred.enrolment.notification;

import java.util.regex.Pattern;

/** How one institution's mails look and whom a reply reaches: from {@link NotificationConfig}, with defaults. */
public record Branding(String name, String colour, String replyTo) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Branding of(NotificationConfig config, String tenantId) {
        NotificationConfig.Institution own = config.institution().get(tenantId);
        String name = own == null ? config.defaultName() : own.name().orElse(config.defaultName());
        String colour = own == null ? config.defaultColour() : own.colour().orElse(config.defaultColour());
        // The colour goes into a style attribute: anything but #rrggbb falls back rather than reach the HTML.
        if (!COLOUR.matcher(colour).matches()) {
            colour = COLOUR.matcher(config.defaultColour()).matches() ? config.defaultColour() : "#1f4e79";
        }
        String replyTo = own == null ? null : own.replyTo().orElse(null);
        return new Branding(name, colour, replyTo);
    }
}
