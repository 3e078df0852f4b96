package org.microcred.credentials.baking;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.microcred.credentials.CredentialException;

/**
 * The PNG datastream as a list of chunks (ISO/IEC 15948): the 8-byte signature, then length, type, data
 * and a CRC-32 over type and data. Reading checks every CRC and the IHDR ... IEND framing.
 */
final class PngChunks {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** One chunk; {@code data} is a view into the image, not a copy. */
    record Chunk(String type, byte[] image, int dataOffset, int length) {

        byte[] data() {
            return Arrays.copyOfRange(image, dataOffset, dataOffset + length);
        }
    }

    private PngChunks() {
    }

    /**
     * The chunks from IHDR to IEND inclusive; bytes after IEND are ignored, as decoders do.
     *
     * @throws CredentialException {@code malformed-image}: not a PNG, truncated, a bad CRC, no IHDR first or no IEND
     */
    static List<Chunk> read(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw malformed("not a PNG image");
        }
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(SIGNATURE.length);
        while (true) {
            if (in.remaining() < 12) {
                throw malformed("the PNG is truncated (no IEND chunk)");
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 8) {
                throw malformed("a PNG chunk runs past the end of the image");
            }
            int typeOffset = in.position();
            String type = new String(png, typeOffset, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw malformed("a PNG chunk type is not four letters");
            }
            in.position(typeOffset + 4 + length);
            if (in.getInt() != (int) crc(png, typeOffset, 4 + length)) {
                throw malformed("the CRC of the PNG chunk " + type + " does not match");
            }
            if (chunks.isEmpty() && !"IHDR".equals(type)) {
                throw malformed("a PNG starts with its IHDR chunk");
            }
            chunks.add(new Chunk(type, png, typeOffset + 4, length));
            if ("IEND".equals(type)) {
                return chunks;
            }
        }
    }

    /** Writes the signature and the chunks, re-using the original bytes of each (CRCs included). */
    static byte[] write(List<Chunk> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        for (Chunk chunk : chunks) {
            out.write(chunk.image(), chunk.dataOffset() - 8, chunk.length() + 12);
        }
        return out.toByteArray();
    }

    /** A new chunk with its length and CRC, as one standalone byte array. */
    static Chunk create(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(data.length + 12);
        chunk.putInt(data.length);
        chunk.put(type.getBytes(StandardCharsets.ISO_8859_1));
        chunk.put(data);
        chunk.putInt((int) crc(chunk.array(), 4, 4 + data.length));
        return new Chunk(type, chunk.array(), 8, data.length);
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    static CredentialException malformed(String message) {
        return new CredentialException("malformed-image", message);
    }
}
