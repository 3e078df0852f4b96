package org.microcred.submission.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.submission.storage.ContentTypeDetector;
import org.microcred.submission.storage.Detection;

/**
 * Coverage-guided: an upload into {@link ContentTypeDetector#detect(Path, String)} ({@code Signatures},
 * {@code OfficeDetector} and its OOXML/ODF content checks, the UTF-8 text check), as submission-service's
 * {@code UploadDetectorFuzzTest} does with seeded mutations. The input is the file name, a newline, and the file's
 * bytes (no newline: all bytes, no name). No exception is documented: every upload answers a detection with a media
 * type, within {@link Bounded#LIMIT}.
 */
class UploadDetectorGuidedFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void upload(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String name = newline < 0 ? "" : new String(input, 0, newline, StandardCharsets.UTF_8);
        byte[] bytes = newline < 0 ? input : Arrays.copyOfRange(input, newline + 1, input.length);
        Path file = write(bytes);
        try {
            Bounded.run("upload", input, thrown -> false, () -> {
                Detection detection = ContentTypeDetector.detect(file, name);
                assertNotNull(detection.mediaType(), "a detection names a media type");
                return detection;
            });
        } finally {
            delete(file);
        }
    }

    private static int indexOf(byte[] input, byte wanted) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** A file of its own per input: the worker of an input that timed out may still be reading the previous one. */
    private static Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile("fuzz-upload", ".bin"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
