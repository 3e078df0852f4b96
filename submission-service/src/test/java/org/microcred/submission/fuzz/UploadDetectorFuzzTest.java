package org.microcred.submission.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Disabled;
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
 * upload answers a detection (accepted or refused with a reason), never an exception, within {@link #LIMIT}; the
 * safe name is never empty, never a path, never hidden and never longer than 200 code points. Multipart parsing is
 * not ours (Quarkus REST reads {@code @RestForm FileUpload}), so it is not a target here.
 */
class UploadDetectorFuzzTest {

    static final String TARGET = "upload";
    private static final Corpus FILES = Corpus.of("/org/microcred/submission/fuzz/" + TARGET);
    private static final Corpus NAMES = Corpus.of("/org/microcred/submission/fuzz/file-name");
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final List<String> MAGIC = List.of("%PDF-", "PK\u0003\u0004", "PK\u0005\u0006", "PK\u0001\u0002",
            "[Content_Types].xml", "word/document.xml", "vbaProject.bin", "mimetype",
            "application/vnd.oasis.opendocument.text", "MZ", "\u007fELF", "#!", "\u00ca\u00fe\u00ba\u00be", "ftyp",
            "RIFF", "WEBP", "WAVE", "ID3", "GIF89a", "\u00ff\u00d8\u00ff", "\u0089PNG\r\n\u001a\n");
    private static final List<String> NAME_TOKENS = List.of(".", "..", "/", "\\", ".pdf", ".PDF", ".exe", ".hta",
            ".bat", ".docx", ".docm", ".odt", ".txt", ".png", " ", "\u0000", "\u202e", "\ufeff", "e\u0301", ":", "*",
            "CON", "\u00a0");

    @TempDir
    Path dir;

    /** Until OfficeDetector refuses every damaged ZIP, this finding stops the run. */
    static final String OPEN_FINDING = "issue 9: a ZIP whose end record points past the end of the file "
            + "(regressions/zip-end-record-past-end.docx) makes new ZipFile throw EOFException, which is not a "
            + "ZipException: ContentTypeDetector.detect throws instead of refusing a damaged archive, a 500 from "
            + "POST /api/v1/submissions/{id}/evidence, owned by submission-service (OfficeDetector)";

    @Test
    @Disabled(OPEN_FINDING)
    void anyUploadIsDetectedAcceptedOrRefused() {
        Mutator files = Mutator.of(FILES.seeds(), MAGIC);
        Mutator names = Mutator.ofText(NAMES.seedTexts(), NAME_TOKENS);
        FuzzRun.check(TARGET, (Random random) -> new Upload(files.bytes(random), names.text(random)), this::detect);
    }

    @Test
    void seedsAreDetected() {
        for (Path input : FILES.seedFiles()) {
            detect(new Upload(Corpus.read(input), input.getFileName().toString()));
        }
    }

    @Test
    @Disabled(OPEN_FINDING)
    void regressionInputsAreDetected() {
        for (Path input : FILES.regressions()) {
            detect(new Upload(Corpus.read(input), input.getFileName().toString()));
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
        Path file = dir.resolve("upload");
        write(file, upload.bytes());
        return Bounded.run(TARGET, upload.bytes(), LIMIT, thrown -> false, () -> {
            String name = FileNames.sanitize(upload.name());
            assertSafe(name);
            Detection detection = ContentTypeDetector.detect(file, name);
            assertNotNull(detection.mediaType(), "a detection names a media type");
            return detection;
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

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an earner sends: the bytes and the name the browser gives them. */
    private record Upload(byte[] bytes, String name) {
        Upload {
            // As the name arrives over HTTP: UTF-8 decoded, so a lone surrogate has become a replacement character.
            name = name == null ? null : new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }
}
