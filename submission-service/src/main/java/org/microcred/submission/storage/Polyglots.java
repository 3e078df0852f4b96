package org.microcred.submission.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files that are also another kind of file: a PDF or image that a ZIP reader (Java's {@code jar}, an Office
 * application) opens as an archive, or that a browser or {@code mshta} renders as a web page. Rules, for every
 * detected type but text and the ZIP-based Office formats (which {@link OfficeDetector} inspects entry by entry):
 * <ul>
 * <li>a ZIP end-of-central-directory record in the last 65,557 bytes whose comment runs exactly to the end of the
 * file (what every ZIP reader looks for) is refused;</li>
 * <li>HTML or script markup anywhere in the file ({@code <script}, {@code <html>}, {@code <html }, {@code <hta:app},
 * {@code <!doctype html}, {@code <iframe}, any case) is refused: a lenient HTML parser finds it wherever it is.
 * Each is six bytes or more, so compressed data holds one by chance about once in 10<sup>12</sup> bytes.</li>
 * </ul>
 * Text is served as {@code text/plain} with {@code nosniff} and may hold markup (an earner's code is evidence).
 */
final class Polyglots {

    /** The end record is 22 bytes, followed by a comment of at most 65,535. */
    private static final int END_RECORD = 22;
    private static final int ZIP_TAIL = END_RECORD + 0xFFFF;
    private static final List<byte[]> MARKUP = List.of("<script", "<html>", "<html ", "<hta:app", "<!doctype html",
            "<iframe").stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();
    private static final int LONGEST_MARKUP = 14;

    private Polyglots() {
    }

    /** Why the file of the detected type is also something else, or empty. */
    static Optional<String> find(Path file, String mediaType) throws IOException {
        if (MediaTypes.TEXT.equals(mediaType) || OfficeDetector.TYPES.contains(mediaType)) {
            return Optional.empty();
        }
        if (endsAsZip(file)) {
            return Optional.of("the " + mediaType + " file is also a ZIP archive (a polyglot)");
        }
        return markup(file).map(marker -> "the " + mediaType + " file also holds web markup (" + marker
                + "), a polyglot");
    }

    static boolean endsAsZip(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, ZIP_TAIL);
            ByteBuffer tail = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // reads the whole tail
            }
            for (int i = length - END_RECORD; i >= 0; i--) {
                if (tail.get(i) == 'P' && tail.get(i + 1) == 'K' && tail.get(i + 2) == 5 && tail.get(i + 3) == 6
                        && (tail.getShort(i + 20) & 0xFFFF) == length - i - END_RECORD) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Optional<String> markup(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024 + LONGEST_MARKUP];
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer, carried, buffer.length - carried); n > 0;
                    n = in.read(buffer, carried, buffer.length - carried)) {
                int end = carried + n;
                for (int i = 0; i < end; i++) {
                    if (buffer[i] == '<') {
                        for (byte[] marker : MARKUP) {
                            if (startsWithIgnoringCase(buffer, i, end, marker)) {
                                return Optional.of(new String(marker, StandardCharsets.US_ASCII));
                            }
                        }
                    }
                }
                // Keep the last bytes, so a marker split across two reads is still found.
                carried = Math.min(LONGEST_MARKUP - 1, end);
                System.arraycopy(buffer, end - carried, buffer, 0, carried);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int from, int end, byte[] marker) {
        if (end - from < marker.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            int b = bytes[from + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != marker[i]) {
                return false;
            }
        }
        return true;
    }
}
