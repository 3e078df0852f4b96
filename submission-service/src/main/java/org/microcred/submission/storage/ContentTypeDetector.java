package org.microcred.submission.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decides what a file is from its bytes (magic numbers), never from the name or the type the
 * client claims. Only the allow-listed types pass: PDF, PNG, JPEG, UTF-8 plain text and the
 * ZIP-based Office formats ({@link OfficeDetector}). Executables are named as such.
 */
public final class ContentTypeDetector {

    private static final int HEAD = 16;

    private ContentTypeDetector() {
    }

    public static Detection detect(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            return Detection.rejected("the file is empty");
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Detection.accepted(MediaTypes.PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Detection.accepted(MediaTypes.PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Detection.accepted(MediaTypes.JPEG);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return OfficeDetector.detect(file);
        }
        String executable = executableKind(head);
        if (executable != null) {
            return Detection.rejected("the content is an executable (" + executable + ")");
        }
        if (isUtf8Text(file)) {
            return Detection.accepted(MediaTypes.TEXT);
        }
        return Detection.rejected("the content is not an allowed type (PDF, PNG, JPEG, UTF-8 text, Office document)");
    }

    /**
     * The detection, refused when the file name's extension claims another allowed type: a text
     * file named {@code report.pdf} is as suspicious as a renamed executable.
     */
    public static Detection detect(Path file, String fileName) throws IOException {
        Detection detection = detect(file);
        if (!detection.isAccepted()) {
            return detection;
        }
        return MediaTypes.claimedBy(fileName)
                .filter(claimed -> !claimed.equals(detection.mediaType()))
                .map(claimed -> Detection.rejected("the name says " + claimed + " but the content is "
                        + detection.mediaType()))
                .orElse(detection);
    }

    private static String executableKind(byte[] head) {
        if (startsWith(head, 'M', 'Z')) {
            return "Windows PE";
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
            return "ELF";
        }
        if (startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(head, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(head, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(head, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(head, 0xCF, 0xFA, 0xED, 0xFE)) {
            return "Mach-O or Java class";
        }
        if (startsWith(head, '#', '!')) {
            return "script";
        }
        return null;
    }

    /** Valid UTF-8 all through, and no control characters but tab, line feed, form feed and return. */
    static boolean isUtf8Text(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(bytes, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
