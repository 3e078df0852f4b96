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

/**
 * Decides what a file is from its bytes (magic numbers, {@link Signatures}), never from the name or
 * the type the client claims. Recognised: PDF, images (PNG, JPEG, GIF, WebP, HEIC), UTF-8 plain
 * text, the ZIP-based Office formats ({@link OfficeDetector}), audio and video (MP4, QuickTime,
 * WebM, MP3, M4A, WAV). Executables are named as such and always refused, as is content no
 * signature matches, and a file that is also another kind of file ({@link Polyglots}, and the ZIP rules of
 * {@link OfficeDetector}). Whether a prompt takes a recognised type is decided by its allow-list.
 */
public final class ContentTypeDetector {

    private static final int HEAD = 16;

    private ContentTypeDetector() {
    }

    public static Detection detect(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            return Detection.rejected(MediaTypes.UNKNOWN, "the file is empty");
        }
        String media = Signatures.media(head);
        if (media != null) {
            return Polyglots.find(file, media).map(why -> Detection.rejected(media, why))
                    .orElse(Detection.accepted(media));
        }
        if (Signatures.zip(head)) {
            return OfficeDetector.detect(file);
        }
        Signatures.Executable executable = Signatures.executable(head);
        if (executable != null) {
            return Detection.rejected(executable.mediaType(),
                    "the content is an executable (" + executable.kind() + ", " + executable.mediaType() + ")");
        }
        if (isUtf8Text(file)) {
            return Detection.accepted(MediaTypes.TEXT);
        }
        return Detection.rejected(MediaTypes.UNKNOWN, "the content is not a recognised type (" + MediaTypes.UNKNOWN + ")");
    }

    /**
     * The detection, refused when the file name has an extension that is not one of the detected type's: a text file
     * named {@code run.bat}, a PDF named {@code a.hta}, a text file named {@code report.pdf} are refused, naming the
     * extension and the type. A name without an extension is taken; the file is served with its type's extension
     * ({@link FileNames#servedAs}).
     */
    public static Detection detect(Path file, String fileName) throws IOException {
        Detection detection = detect(file);
        if (!detection.isAccepted()) {
            return detection;
        }
        String type = detection.mediaType();
        return FileNames.extensionOf(fileName)
                .filter(extension -> !MediaTypes.extensionsOf(type).contains(extension))
                .map(extension -> Detection.rejected(type, "the name's extension ." + extension + " ("
                        + MediaTypes.claimedBy(fileName).orElse("not an accepted type") + ") does not match the content, "
                        + type + " (." + String.join(", .", MediaTypes.extensionsOf(type)) + ")"))
                .orElse(detection);
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
}
