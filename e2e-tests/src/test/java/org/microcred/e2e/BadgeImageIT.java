package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * An issuer-admin uploads a micro-credential's badge image; a learner earns it. The signed credential names that
 * image, the wallet bakes the credential into it (not into the default badge), and the share page shows it and
 * gives it to link previews.
 */
class BadgeImageIT {

    private static final Color ORANGE = new Color(0xE8, 0x6A, 0x10);

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void theCredentialCarriesTheUploadedImageAndIsBakedIntoIt() throws IOException {
        String enrolment = client.endpoints().enrolment();
        String achievement = client.createAchievement("nb-admin", JourneyClient.standardDefinition("Own badge"));
        byte[] png = png(200, 150);
        String imageUrl = client.http().send("PUT", enrolment + "/api/v1/achievements/" + achievement
                        + "/versions/1/image", client.token("nb-admin"), Map.of("Content-Type", "image/png"), png)
                .expect(200).at("/url");
        assertTrue(imageUrl.startsWith(enrolment + "/api/v1/public/images/"), imageUrl);
        client.publish("nb-admin", achievement);

        JourneyWalk.Result journey = new JourneyWalk(client, (stage, nanos, detail) -> { })
                .walk("nb-earner", "nb-assessor", achievement);
        JsonNode credential = client.credential("nb-earner", journey.credentialId());
        assertEquals(imageUrl, credential.at("/credentialSubject/achievement/image/id").asText(), credential.toString());

        // Baked into the uploaded image: its size and colour, not the default badge's.
        String wallet = client.endpoints().wallet() + "/api/v1/wallet/credentials/" + journey.credentialId();
        BufferedImage baked = ImageIO.read(new ByteArrayInputStream(
                client.http().bytes(wallet + "/baked.png", client.token("nb-earner"))));
        assertEquals(200, baked.getWidth());
        assertEquals(150, baked.getHeight());
        assertEquals(ORANGE.getRGB(), baked.getRGB(100, 75));

        String page = client.http().send("GET", journey.shareUrl(), null, Map.of("Accept", "text/html"), null)
                .expect(200).text();
        assertTrue(page.contains("<meta property=\"og:image\" content=\"" + imageUrl + "\""), page);
        assertTrue(page.contains("src=\"" + imageUrl + "\""), page);
    }

    /** A plain orange PNG, drawn here, within the upload's limits (64 to 2048 pixels a side, at most 2:1). */
    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
