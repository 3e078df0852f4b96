package org.microcred.wallet.baking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Baked badges are built on the achievement's own image, fetched from a real HTTP server standing in for
 * enrolment-service's public images (GET /api/v1/public/images/...), and on the default badge whenever that image
 * cannot be had.
 */
class BadgeImagesTest {

    private static final String IMAGES = "/api/v1/public/images/";

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private String prefix;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(IMAGES, exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath().substring(IMAGES.length()));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        prefix = "http://127.0.0.1:" + server.getAddress().getPort() + IMAGES;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private BadgeImages images(String trustedPrefix) {
        BadgeImageConfig config = new BadgeImageConfig() {
            public String trustedPrefix() {
                return trustedPrefix;
            }

            public int maxBytes() {
                return 262_144;
            }

            public Duration timeout() {
                return Duration.ofSeconds(2);
            }

            public long cacheBytes() {
                return 8 * 1024 * 1024;
            }
        };
        return new BadgeImages(config, new ImageFetcher(config));
    }

    private static String credential(String imageUrl) {
        return "{\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"credentialSubject\":{\"achievement\":{\"name\":\"Safety\",\"image\":{\"id\":\"" + imageUrl
                + "\",\"type\":\"Image\"}}}}";
    }

    private String serve(byte[] image, String extension) {
        String file = sha256(image) + "." + extension;
        served.put(file, image);
        return prefix + file;
    }

    @Test
    void aPngBadgeIsTheAchievementsPngWithTheCredentialAdded() {
        byte[] png = png(160, 0x336699);
        String document = credential(serve(png, "png"));
        BadgeImages images = images(prefix);

        byte[] baked = images.bakedPng(document).await().atMost(Duration.ofSeconds(10));

        assertEquals(document, images.unbake(baked));
        assertArrayEquals(png, withoutCredentialChunk(baked), "the image is the uploaded one, plus the credential");
        assertFalse(java.util.Arrays.equals(images.png(document), baked), "not the default badge");
    }

    @Test
    void anSvgBadgeIsTheAchievementsSvgWithTheCredentialAdded() {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\"><title>uploaded-"
                + "marker</title><circle cx=\"9\" cy=\"9\" r=\"9\"/></svg>").getBytes(StandardCharsets.UTF_8);
        String document = credential(serve(svg, "svg"));
        BadgeImages images = images(prefix);

        byte[] baked = images.bakedSvg(document, document).await().atMost(Duration.ofSeconds(10));

        assertEquals(document, images.unbake(baked));
        String text = new String(baked, StandardCharsets.UTF_8);
        assertTrue(text.contains("uploaded-marker") && text.contains("<circle"), text);
    }

    @Test
    void aPngOfAnSvgImageIsThePngEnrolmentServesForIt() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\"/>"
                .getBytes(StandardCharsets.UTF_8);
        String url = serve(svg, "svg");
        byte[] rendition = png(512, 0xaa3300);
        served.put(sha256(svg) + ".png", rendition);

        byte[] baked = images(prefix).bakedPng(credential(url)).await().atMost(Duration.ofSeconds(10));

        assertArrayEquals(rendition, withoutCredentialChunk(baked));
    }

    @Test
    void anSvgOfAPngImageShowsThePngAsInlineData() {
        byte[] png = png(128, 0x118833);
        String document = credential(serve(png, "png"));
        BadgeImages images = images(prefix);

        byte[] baked = images.bakedSvg(document, document).await().atMost(Duration.ofSeconds(10));

        String text = new String(baked, StandardCharsets.UTF_8);
        assertTrue(text.contains("data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
        assertTrue(text.contains("width=\"128\""), text);
        assertEquals(document, images.unbake(baked));
    }

    @Test
    void anUnreachableImageGivesTheDefaultBadge() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String away = "http://127.0.0.1:" + closed + IMAGES;
        String document = credential(away + "a".repeat(64) + ".png");
        BadgeImages images = images(away);

        assertArrayEquals(images.png(document), images.bakedPng(document).await().atMost(Duration.ofSeconds(10)));
        assertArrayEquals(images.svg(document),
                images.bakedSvg(document, document).await().atMost(Duration.ofSeconds(10)));
    }

    @Test
    void anImageElsewhereIsNeverFetched() {
        byte[] png = png(128, 0x123456);
        serve(png, "png");
        // The same server, but not under the trusted prefix.
        String document = credential("http://127.0.0.1:" + server.getAddress().getPort() + "/elsewhere/"
                + sha256(png) + ".png");
        BadgeImages images = images(prefix);

        assertArrayEquals(images.png(document), images.bakedPng(document).await().atMost(Duration.ofSeconds(10)));
        assertEquals(0, requests.get());
        // Nor a credential without an image.
        assertArrayEquals(images.png("{\"id\":\"x\"}"), images.bakedPng("{\"id\":\"x\"}").await().indefinitely());
    }

    @Test
    void bytesThatAreNotWhatTheHashNamesGiveTheDefaultBadge() {
        String url = prefix + sha256(new byte[] {1, 2, 3}) + ".png";
        served.put(url.substring(prefix.length()), png(128, 0x654321));
        String document = credential(url);
        BadgeImages images = images(prefix);

        assertArrayEquals(images.png(document), images.bakedPng(document).await().atMost(Duration.ofSeconds(10)));
    }

    @Test
    void aFetchedImageIsKeptAndNotFetchedAgain() {
        String document = credential(serve(png(128, 0x0f0f0f), "png"));
        BadgeImages images = images(prefix);

        byte[] first = images.bakedPng(document).await().atMost(Duration.ofSeconds(10));
        byte[] second = images.bakedPng(document).await().atMost(Duration.ofSeconds(10));

        assertArrayEquals(first, second);
        assertEquals(1, requests.get());
    }

    @Test
    void theCacheDropsTheLeastRecentlyUsedPastItsBound() {
        ImageCache cache = new ImageCache(10);
        cache.put("a", new byte[4]);
        cache.put("b", new byte[4]);
        cache.get("a");
        cache.put("c", new byte[4]);
        assertTrue(cache.get("a") != null && cache.get("c") != null);
        assertEquals(null, cache.get("b"));
        assertEquals(8, cache.size());
    }

    private static byte[] png(int size, int rgb) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, size, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with its iTXt chunks removed: what it was before baking. */
    private static byte[] withoutCredentialChunk(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 8);
        int at = 8;
        while (at < png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (!"iTXt".equals(type)) {
                out.write(png, at, length + 12);
            }
            at += length + 12;
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
