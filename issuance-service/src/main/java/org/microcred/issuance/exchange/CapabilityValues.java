package org.microcred.issuance.exchange;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Exchange ids and challenges (256 bits from {@link SecureRandom}, base64url without padding: unreserved characters
 * only, as LCW turns a {@code +} into a space), their stored SHA-256, and links as QR codes.
 *
 * <p>TEMPORARY: the same as {@code oid4vci.Secrets} ({@code newValue}, {@code sha256}) and {@code oid4vci.QrSvg},
 * which are package-private in a package this branch may not edit. Once they are public (or moved to a shared
 * package of the issuance service), this class goes and the exchange code calls them.
 */
final class CapabilityValues {

    static final int BYTES = 32;
    /** Characters of a base64url value of {@link #BYTES} bytes without padding. */
    static final int LENGTH = 43;
    static final String PATTERN = "[A-Za-z0-9_-]{" + LENGTH + "}";
    static final int QUIET_ZONE = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CapabilityValues() {
    }

    static String newValue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** An SVG QR code (error correction MEDIUM, the four-module quiet zone). */
    static String qrSvg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
