package org.microcred.enrolment.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated badge in the institution's colours, set from the environment as a deployment does
 * (MICROCRED_IMAGES_COLOURS_<TENANT>_...), others keeping the defaults; the SVG passes the upload checks and the
 * PNG is a real image of the design's size.
 */
class BadgeGeneratorTest {

    private static ImageConfig config(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ImageConfig.class)
                .withSources(new EnvConfigSource(environment, 300)).build();
        return config.getConfigMapping(ImageConfig.class);
    }

    @Test
    void anInstitutionsColoursComeFromTheEnvironment() {
        ImageConfig config = config(Map.of("MICROCRED_IMAGES_COLOURS_NORTHBRIDGE_BACKGROUND", "#123456",
                "MICROCRED_IMAGES_COLOURS_NORTHBRIDGE_ACCENT", "#abcdef"));
        BadgeGenerator generator = new BadgeGenerator(config);

        String own = new String(generator.generate("northbridge", "Safety").svg().content(), StandardCharsets.UTF_8);
        assertTrue(own.contains("#123456") && own.contains("#abcdef") && own.contains("#ffffff"), own);
        String other = new String(generator.generate("seaport", "Safety").svg().content(), StandardCharsets.UTF_8);
        assertTrue(other.contains("#1f3a5f") && other.contains("#f2b705"), other);
    }

    @Test
    void theGeneratedImagesAreWhatAnUploadMustBe() {
        BadgeGenerator.Generated badge = new BadgeGenerator(config(Map.of())).generate("t", "<script>alert(1)</script>");
        assertArrayEquals(new int[] {512, 512}, SvgInspector.inspect(badge.svg().content()));
        String svg = new String(badge.svg().content(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("&lt;script&gt;") && !svg.contains("<script"), svg);
        assertTrue(PngInspector.isPng(badge.png().content()));
        assertArrayEquals(new int[] {512, 512}, PngInspector.dimensions(badge.png().content()));
    }
}
