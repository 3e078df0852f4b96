package org.microcred.enrolment.image;

import java.nio.ByteBuffer;

/** A PNG told by its 8-byte signature; its dimensions read from the IHDR chunk, which must come first. */
final class PngInspector {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngInspector() {
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Width and height from IHDR (signature, length 13, "IHDR", width, height as unsigned 32-bit big-endian). */
    static int[] dimensions(byte[] png) {
        if (png.length < 33) {
            throw ImageProblems.unacceptable("malformed-image", "The PNG ends before its IHDR chunk");
        }
        ByteBuffer buffer = ByteBuffer.wrap(png);
        int length = buffer.getInt(8);
        String type = new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        if (length != 13 || !"IHDR".equals(type)) {
            throw ImageProblems.unacceptable("malformed-image", "The PNG does not start with an IHDR chunk");
        }
        long width = Integer.toUnsignedLong(buffer.getInt(16));
        long height = Integer.toUnsignedLong(buffer.getInt(20));
        return new int[] {(int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE)};
    }
}
