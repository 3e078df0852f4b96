package org.microcred.wallet.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.verification.TestIssuer;

/**
 * Through the earner's download: a credential whose achievement image is one of this deployment's (here a real HTTP
 * server standing in for enrolment-service's public images, the configured trusted prefix) is baked into that
 * image, and the badge still unbakes to the credential and verifies.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(AchievementImageBakingTest.ImagesServed.class)
class AchievementImageBakingTest {

    private static final String EARNER = "nb-earner";
    private static final byte[] PNG = png();
    private static final String SHA = sha256(PNG);
    // Quarkus loads this class twice (for the profile and for the tests): the first load's server serves both.
    private static final String PORT_PROPERTY = "achievement-image-baking-test.port";
    private static final int IMAGES_PORT = serve();

    /** The wallet trusts the stand-in's images. */
    public static class ImagesServed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("microcred.badge-images.trusted-prefix", prefix());
        }
    }

    private static String prefix() {
        return "http://127.0.0.1:" + IMAGES_PORT + "/api/v1/public/images/";
    }

    private static CredentialIssued imaged(String name) {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential(name);
        ObjectNode image = ((ObjectNode) credential.at("/credentialSubject/achievement")).putObject("image");
        image.put("id", prefix() + SHA + ".png");
        image.put("type", "Image");
        return WalletFixture.deliveredSigned(EARNER, issuer.sign(credential));
    }

    @Test
    void theBakedPngIsTheAchievementsImageWithTheCredential() {
        CredentialIssued issued = imaged("Imaged PNG badge");
        byte[] baked = given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();

        String unbaked = new BadgeImages(null, null).unbake(baked);
        assertTrue(unbaked.contains(SHA + ".png"), unbaked);
        // The uploaded image's pixels (its IDAT) are the badge's.
        String idat = idat(PNG);
        assertTrue(idat(baked).equals(idat), "the badge is drawn from the achievement's image");
        WalletFixture.publicClient().multiPart("file", "badge.png", baked, "image/png")
                .post("/api/v1/verify/baked").then().statusCode(200)
                .body("verified", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void theBakedSvgShowsTheAchievementsPng() {
        CredentialIssued issued = imaged("Imaged SVG badge");
        String svg = new String(given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)), svg);
        assertTrue(svg.contains("openbadges:credential"), svg);
    }

    private static String idat(byte[] png) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(png);
        StringBuilder data = new StringBuilder();
        for (int at = 8; at < png.length; ) {
            int length = buffer.getInt(at);
            if ("IDAT".equals(new String(png, at + 4, 4, StandardCharsets.US_ASCII))) {
                data.append(HexFormat.of().formatHex(png, at + 8, at + 8 + length));
            }
            at += length + 12;
        }
        assertEquals(false, data.isEmpty());
        return data.toString();
    }

    private static synchronized int serve() {
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            return Integer.parseInt(running);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/public/images/" + SHA + ".png", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, PNG.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(PNG);
                }
            });
            server.start();
            System.setProperty(PORT_PROPERTY, String.valueOf(server.getAddress().getPort()));
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f4e));
        g.fillOval(10, 10, 180, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
