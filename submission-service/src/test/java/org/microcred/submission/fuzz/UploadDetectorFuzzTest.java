package org.microcred.submission.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.submission.storage.ContentTypeDetector;
import org.microcred.submission.storage.Detection;
import org.microcred.submission.storage.FileNames;

/**
 * The upload type detector ({@link ContentTypeDetector}, with {@code OfficeDetector} for ZIP-based files) on the
 * bytes and the file name an earner uploads, the name first reduced by {@link FileNames} as the service does. Every
 * upload answers a detection (accepted or refused with a reason), never an exception, within {@link Bounded#LIMIT}; the
 * safe name is never empty, never a path, never hidden and never longer than 200 code points. Multipart parsing is
 * not ours (Quarkus REST reads {@code @RestForm FileUpload}), so it is not a target here.
 */
class UploadDetectorFuzzTest {

    static final String TARGET = "upload";
    private static final Corpus FILES = Corpus.of("/org/microcred/submission/fuzz/" + TARGET);
    static final String NAMES_TARGET = "file-name";
    private static final Corpus NAMES = Corpus.of("/org/microcred/submission/fuzz/" + NAMES_TARGET);
    private static final List<String> MAGIC = List.of("%PDF-", "PK\u0003\u0004", "PK\u0005\u0006", "PK\u0001\u0002",
            "[Content_Types].xml", "word/document.xml", "vbaProject.bin", "mimetype",
            "application/vnd.oasis.opendocument.text", "MZ", "\u007fELF", "#!", "\u00ca\u00fe\u00ba\u00be", "ftyp",
            "RIFF", "WEBP", "WAVE", "ID3", "GIF89a", "\u00ff\u00d8\u00ff", "\u0089PNG\r\n\u001a\n");
    private static final List<String> NAME_TOKENS = List.of(".", "..", "/", "\\", ".pdf", ".PDF", ".exe", ".hta",
            ".bat", ".docx", ".docm", ".odt", ".txt", ".png", " ", "\u0000", "\u202e", "\ufeff", "e\u0301", ":", "*",
            "CON", "\u00a0");

    @TempDir
    Path dir;


    @Test
    void anyUploadIsDetectedAcceptedOrRefused() {
        Mutator files = Mutator.of(FILES.seeds(), MAGIC);
        List<String> names = NAMES.seedTexts();
        FuzzRun.check(TARGET, (Random random) -> new Upload(files.bytes(random),
                names.get(random.nextInt(names.size()))), this::detect);
    }

    @Test
    void anyFileNameIsMadeSafe() {
        Mutator names = Mutator.ofText(NAMES.seedTexts(), NAME_TOKENS);
        FuzzRun.check(NAMES_TARGET, names::text, UploadDetectorFuzzTest::safeName);
    }

    @Test
    void seedsAndRegressionInputsAreDetected() {
        for (Path input : FILES.replays()) {
            detect(new Upload(Corpus.read(input), input.getFileName().toString()));
        }
    }

    @Test
    void fileNameSeedsAreMadeSafe() {
        NAMES.seedTexts().forEach(UploadDetectorFuzzTest::safeName);
    }

    @Test
    void fileNameRegressionInputsAreMadeSafe() {
        for (Path input : NAMES.regressions()) {
            safeName(new String(Corpus.read(input), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theOfficeSeedsReachTheZipEntries() {
        // Otherwise mutations of the ZIP seeds would never get past the magic number.
        assertTrue(detect(new Upload(read("minimal.docx"), "a.docx")).isAccepted());
        assertTrue(detect(new Upload(read("minimal.odt"), "a.odt")).isAccepted());
        assertFalse(detect(new Upload(read("macro.xlsm"), "a.xlsm")).isAccepted());
    }

    private Detection detect(Upload upload) {
        String name = safeName(upload.name());
        // A file of its own: the worker of an input that timed out may still be reading the previous one.
        Path file = write(upload.bytes());
        try {
            return Bounded.run(TARGET, upload.bytes(), thrown -> false, () -> {
                Detection detection = ContentTypeDetector.detect(file, name);
                assertNotNull(detection.mediaType(), "a detection names a media type");
                return detection;
            });
        } finally {
            delete(file);
        }
    }

    /** The name as the service keeps it; the client's name as it arrives over HTTP, UTF-8 decoded. */
    private static String safeName(String clientName) {
        String received = new String(clientName.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return Bounded.run(NAMES_TARGET, received.getBytes(StandardCharsets.UTF_8), thrown -> false, () -> {
            String name = FileNames.sanitize(received);
            assertSafe(name);
            return name;
        });
    }

    private static void assertSafe(String name) {
        assertFalse(name.isEmpty(), "a safe name is never empty");
        assertTrue(name.codePointCount(0, name.length()) <= 200, () -> "too long: " + name);
        assertFalse(name.contains("/") || name.contains("\\") || name.startsWith("."), () -> "unsafe: " + name);
        assertTrue(name.codePoints().noneMatch(Character::isISOControl), () -> "control character in " + name);
    }

    private static byte[] read(String seed) {
        return FILES.seedFiles().stream().filter(p -> p.getFileName().toString().equals(seed)).findFirst()
                .map(Corpus::read).orElseThrow();
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "upload", ".bin"), bytes);
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

    /** What an earner sends: the bytes and the name the browser gives them. */
    private record Upload(byte[] bytes, String name) {
    }
}
