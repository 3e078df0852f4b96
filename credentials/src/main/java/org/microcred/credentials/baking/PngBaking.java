package org.microcred.credentials.baking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.PngChunks.Chunk;

/**
 * Open Badges 3.0 baking in PNG: the credential (its JSON, or the compact JWS of a VC-JWT) in an uncompressed
 * {@code iTXt} chunk with keyword {@code openbadgecredential}, placed just before {@code IEND}.
 */
public final class PngBaking {

    public static final String KEYWORD = "openbadgecredential";
    /** Badge images are small; a larger upload is refused before any parsing. */
    public static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;

    private static final byte[] KEYWORD_BYTES = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);

    private PngBaking() {
    }

    /**
     * The image with the credential baked in; an {@code openbadgecredential} chunk already there is replaced
     * (the spec allows one only). Every other chunk is kept byte for byte.
     *
     * @throws CredentialException {@code malformed-image}, {@code too-large}, {@code malformed-credential}
     */
    public static byte[] bake(byte[] png, String credential) {
        byte[] text = BakedText.check(credential).getBytes(StandardCharsets.UTF_8);
        List<Chunk> kept = new ArrayList<>();
        for (Chunk chunk : PngChunks.read(checkSize(png))) {
            if ("IEND".equals(chunk.type())) {
                kept.add(PngChunks.create("iTXt", iTXtData(text)));
            }
            if (!isCredentialChunk(chunk)) {
                kept.add(chunk);
            }
        }
        return PngChunks.write(kept);
    }

    /**
     * The text of the first {@code openbadgecredential} chunk: a credential's JSON or a compact JWS.
     *
     * @throws CredentialException {@code no-credential} when there is none; {@code malformed-image} for an image
     *         that is not a well-formed PNG or a chunk whose text is not UTF-8; {@code too-large}
     */
    public static String unbake(byte[] png) {
        for (Chunk chunk : PngChunks.read(checkSize(png))) {
            if (isCredentialChunk(chunk)) {
                return textOf(chunk.data());
            }
        }
        throw new CredentialException("no-credential", "the PNG carries no openbadgecredential iTXt chunk");
    }

    private static byte[] checkSize(byte[] png) {
        if (png == null || png.length == 0) {
            throw PngChunks.malformed("no image given");
        }
        if (png.length > MAX_IMAGE_BYTES) {
            throw new CredentialException("too-large", "images are limited to " + MAX_IMAGE_BYTES + " bytes");
        }
        return png;
    }

    /** keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text. */
    private static byte[] iTXtData(byte[] text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(text.length + KEYWORD_BYTES.length + 5);
        data.writeBytes(KEYWORD_BYTES);
        data.writeBytes(new byte[] {0, 0, 0, 0, 0});
        data.writeBytes(text);
        return data.toByteArray();
    }

    private static boolean isCredentialChunk(Chunk chunk) {
        if (!"iTXt".equals(chunk.type()) || chunk.length() <= KEYWORD_BYTES.length) {
            return false;
        }
        byte[] image = chunk.image();
        int at = chunk.dataOffset();
        for (int i = 0; i < KEYWORD_BYTES.length; i++) {
            if (image[at + i] != KEYWORD_BYTES[i]) {
                return false;
            }
        }
        return image[at + KEYWORD_BYTES.length] == 0;
    }

    private static String textOf(byte[] data) {
        int at = KEYWORD_BYTES.length + 1;
        if (data.length < at + 2) {
            throw PngChunks.malformed("the openbadgecredential iTXt chunk is truncated");
        }
        boolean compressed = data[at] == 1;
        at += 2;
        at = skipNulTerminated(data, at); // language tag
        at = skipNulTerminated(data, at); // translated keyword
        byte[] text = Arrays.copyOfRange(data, at, data.length);
        // The spec forbids compression; another baker may still have used it, so read it within the same limit.
        return BakedText.utf8(compressed ? inflateCapped(text) : text, "malformed-image");
    }

    private static int skipNulTerminated(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        throw PngChunks.malformed("the openbadgecredential iTXt chunk is truncated");
    }

    private static byte[] inflateCapped(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw PngChunks.malformed("the compressed iTXt text is truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > BakedText.MAX_CREDENTIAL_BYTES) {
                    throw new CredentialException("too-large", "the baked credential is too large");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw PngChunks.malformed("the compressed iTXt text is not zlib data");
        } finally {
            inflater.end();
        }
    }
}
