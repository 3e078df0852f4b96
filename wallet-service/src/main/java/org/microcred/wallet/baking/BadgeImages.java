package org.microcred.wallet.baking;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.credentials.baking.SvgBaking;

/**
 * Credentials baked into badge images (Open Badges 3.0 baking), and out of uploaded ones. Micro-
 * credentials have no image of their own yet, so every credential is baked into the same default
 * badge shipped with this service.
 */
@ApplicationScoped
public class BadgeImages {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final byte[] png = resource("badge/default-badge.png");
    private final byte[] svg = resource("badge/default-badge.svg");

    /** The default badge as a PNG with the credential (its JSON, as stored) in an iTXt chunk. */
    public byte[] png(String credential) {
        return PngBaking.bake(png, credential);
    }

    /** The default badge as an SVG with the credential in an openbadges:credential element. */
    public byte[] svg(String credential) {
        return SvgBaking.bake(svg, credential);
    }

    /**
     * The credential baked into an uploaded image, told apart by its bytes rather than its name or
     * declared type: a PNG by its signature, an SVG by being XML.
     *
     * @return the credential's JSON, or a compact JWS
     * @throws CredentialException {@code unsupported-image} for anything else, {@code no-credential},
     *         {@code unsafe-xml}, {@code malformed-image}, {@code too-large}
     */
    public String unbake(byte[] image) {
        if (startsWith(image, PNG_SIGNATURE)) {
            return PngBaking.unbake(image);
        }
        if (looksLikeXml(image)) {
            return SvgBaking.unbake(image);
        }
        throw new CredentialException("unsupported-image", "the file is neither a PNG nor an SVG image");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** After an optional UTF-8 byte order mark and white space, XML starts with '<'. */
    private static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static byte[] resource(String name) {
        try (InputStream in = BadgeImages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
