package org.microcred.enrolment.image;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * {@code microcred.images.*}: the limits of uploaded badge images and the colours of generated ones. Defaults live
 * here; each key can be set from the environment (e.g. {@code MICROCRED_IMAGES_MAX_BYTES}), and an institution's
 * colours with {@code microcred.images.colours.<tenant>.background} (and {@code .foreground}, {@code .accent}).
 */
@ConfigMapping(prefix = "microcred.images")
public interface ImageConfig {

    /** At most this many bytes (256 KiB): a badge is small; a larger upload is 413. */
    @WithDefault("262144")
    int maxBytes();

    /** Each side at least this many pixels (64): smaller badges are unreadable. */
    @WithDefault("64")
    int minPixels();

    /** Each side at most this many pixels (2048): more only costs every wallet that bakes it. */
    @WithDefault("2048")
    int maxPixels();

    /** The longer side at most this many times the shorter (2): badges are shown in square-ish slots. */
    @WithDefault("2")
    int maxAspectRatio();

    /**
     * The colours of the generated badge for tenants without their own ({@code microcred.images.defaults.*}). Plain
     * members with defaults, not a nested group: a group without a default of its own reads as a required setting.
     */
    @WithName("defaults.background")
    @WithDefault("#1f3a5f")
    String defaultBackground();

    @WithName("defaults.foreground")
    @WithDefault("#ffffff")
    String defaultForeground();

    @WithName("defaults.accent")
    @WithDefault("#f2b705")
    String defaultAccent();

    /** Per tenant (its id as the key): the institution's colours. */
    Map<String, TenantColours> colours();

    /** An institution's colours; what it leaves out is the default's. */
    interface TenantColours {
        java.util.Optional<String> background();

        java.util.Optional<String> foreground();

        java.util.Optional<String> accent();
    }
}
