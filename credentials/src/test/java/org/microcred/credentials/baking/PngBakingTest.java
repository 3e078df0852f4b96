package org.microcred.credentials.baking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class PngBakingTest {

    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"name\":\"SAFe® für Zoë — 日本語\",\"issuer\":\"did:example:1\"}";
    private static final String JWS = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZToxIn0.c2lnbmF0dXJl";

    @Test
    void aBakedCredentialUnbakesByteForByte() {
        byte[] baked = PngBaking.bake(badge(), CREDENTIAL);

        assertEquals(CREDENTIAL, PngBaking.unbake(baked));
    }

    @Test
    void aVcJwtBakesAsItsCompactJws() {
        assertEquals(JWS, PngBaking.unbake(PngBaking.bake(badge(), JWS)));
    }

    @Test
    void theChunkIsAnUncompressedITxtJustBeforeIendWithACorrectCrc() throws IOException {
        byte[] baked = PngBaking.bake(badge(), CREDENTIAL);

        List<String> types = chunkTypes(baked);
        assertEquals("IEND", types.get(types.size() - 1));
        assertEquals("iTXt", types.get(types.size() - 2));
        byte[] data = chunkData(baked, types.size() - 2);
        byte[] header = "openbadgecredential\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(header, Arrays.copyOf(data, header.length));
        assertEquals(CREDENTIAL, new String(data, header.length, data.length - header.length, StandardCharsets.UTF_8));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(baked)), "still an image that decoders read");
    }

    @Test
    void bakingAgainReplacesTheCredentialInsteadOfAddingASecond() {
        byte[] twice = PngBaking.bake(PngBaking.bake(badge(), CREDENTIAL), JWS);

        assertEquals(JWS, PngBaking.unbake(twice));
        assertEquals(1, chunkTypes(twice).stream().filter("iTXt"::equals).count());
    }

    @Test
    void anImageWithoutCredentialAnswersNoCredential() {
        assertEquals("no-credential", assertThrows(CredentialException.class,
                () -> PngBaking.unbake(badge())).problem());
    }

    @Test
    void notAPngATruncatedOneOrABadCrcIsAMalformedImage() {
        byte[] baked = PngBaking.bake(badge(), CREDENTIAL);
        byte[] truncated = Arrays.copyOf(baked, baked.length - 20);
        byte[] badCrc = baked.clone();
        badCrc[20] ^= 0x01; // inside IHDR's data: its CRC no longer matches
        byte[] gif = "GIF89a-not-a-png".getBytes(StandardCharsets.US_ASCII);

        for (byte[] bad : List.of(truncated, badCrc, gif, new byte[0])) {
            assertEquals("malformed-image", assertThrows(CredentialException.class,
                    () -> PngBaking.unbake(bad)).problem());
        }
        assertEquals("malformed-image", assertThrows(CredentialException.class,
                () -> PngBaking.bake(badCrc, CREDENTIAL)).problem());
    }

    @Test
    void oversizedImagesAndNonCredentialTextAreRefused() {
        byte[] huge = Arrays.copyOf(badge(), PngBaking.MAX_IMAGE_BYTES + 1);
        assertEquals("too-large", assertThrows(CredentialException.class,
                () -> PngBaking.unbake(huge)).problem());
        assertEquals("malformed-credential", assertThrows(CredentialException.class,
                () -> PngBaking.bake(badge(), "hello")).problem());
    }

    static byte[] badge() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(1, 1, 0xff3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An independent chunk walk, checking each CRC, so the test does not trust the code under test. */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        while (in.hasRemaining()) {
            int length = in.getInt();
            int start = in.position();
            CRC32 crc = new CRC32();
            crc.update(png, start, 4 + length);
            types.add(new String(png, start, 4, StandardCharsets.ISO_8859_1));
            in.position(start + 4 + length);
            assertEquals((int) crc.getValue(), in.getInt(), "CRC of " + types.get(types.size() - 1));
        }
        return types;
    }

    private static byte[] chunkData(byte[] png, int wanted) {
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        for (int i = 0; ; i++) {
            int length = in.getInt();
            int start = in.position() + 4;
            if (i == wanted) {
                return Arrays.copyOfRange(png, start, start + length);
            }
            in.position(start + length + 4);
        }
    }
}
