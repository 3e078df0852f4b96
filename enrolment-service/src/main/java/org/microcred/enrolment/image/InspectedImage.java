package org.microcred.enrolment.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An image whose format was told by its content and whose dimensions were read from it; named by its SHA-256. */
public record InspectedImage(ImageFormat format, byte[] content, int width, int height, String sha256) {

    public InspectedImage(ImageFormat format, byte[] content, int width, int height) {
        this(format, content, width, height, sha256(content));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
