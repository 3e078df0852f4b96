package org.microcred.wallet.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.baking.BadgeImageConfig;

/** The page shows an achievement's own image only when this deployment serves it; else the default badge. */
@QuarkusTest
@Tag("servers")
class BadgeImageSourceTest {

    private static final String BASE = "https://wallet.example";
    private static final String SHA = "ab".repeat(32);

    @Inject
    BadgeImageSource images;

    @Inject
    BadgeImageConfig config;

    @Test
    void anImageEnrolmentServesIsShownAsItIs() {
        String uploaded = config.trustedPrefix() + SHA + ".svg";
        assertEquals(uploaded, images.imageFor(facts(uploaded), BASE));
        assertEquals(config.trustedPrefix() + SHA + ".png",
                images.imageFor(facts(config.trustedPrefix() + SHA + ".png"), BASE));
    }

    @Test
    void anyOtherImageGivesTheDefaultBadge() {
        String fallback = BASE + BadgeImageSource.DEFAULT_PNG;
        assertEquals(fallback, images.imageFor(facts("https://elsewhere.example/badge.png"), BASE));
        // Under the prefix but not one of its content-addressed files.
        assertEquals(fallback, images.imageFor(facts(config.trustedPrefix() + "../../admin.png"), BASE));
        assertEquals(fallback, images.imageFor(facts(config.trustedPrefix() + SHA + ".gif"), BASE));
        assertEquals(fallback, images.imageFor(facts(null), BASE));
    }

    private static CredentialFacts facts(String imageId) {
        ObjectNode credential = new ObjectMapper().createObjectNode();
        ObjectNode achievement = credential.putObject("credentialSubject").putObject("achievement");
        achievement.put("name", "Image test");
        if (imageId != null) {
            achievement.putObject("image").put("id", imageId).put("type", "Image");
        }
        return CredentialFacts.of(credential);
    }
}
