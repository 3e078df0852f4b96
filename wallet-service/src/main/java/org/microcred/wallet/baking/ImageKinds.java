package org.microcred.wallet.baking;

import java.nio.ByteBuffer;

/** Images told apart by their bytes: a PNG by its signature (and its size from IHDR), an SVG by being XML. */
final class ImageKinds {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageKinds() {
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** After an optional UTF-8 byte order mark and white space, XML starts with '<'. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** Width and height of a PNG from its IHDR chunk (which the format puts first); {256, 256} when unreadable. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24) {
            return new int[] {256, 256};
        }
        ByteBuffer buffer = ByteBuffer.wrap(png);
        return new int[] {Math.max(1, buffer.getInt(16)), Math.max(1, buffer.getInt(20))};
    }
}
