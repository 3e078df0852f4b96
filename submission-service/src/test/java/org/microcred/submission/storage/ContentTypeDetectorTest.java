package org.microcred.submission.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeDetectorTest {

    @TempDir
    Path dir;

    private Detection detect(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve("upload"), content);
        return ContentTypeDetector.detect(file, name);
    }

    @Test
    void allowedTypesAreKnownByTheirMagicBytes() throws IOException {
        assertEquals(MediaTypes.PDF, detect(Samples.PDF, "plan.pdf").mediaType());
        assertEquals(MediaTypes.PNG, detect(Samples.PNG, "photo.png").mediaType());
        assertEquals(MediaTypes.JPEG, detect(Samples.JPEG, "photo.jpeg").mediaType());
        assertEquals(MediaTypes.TEXT, detect("Réflexion: 日本語 ✓\n\ttabbed\r\n".getBytes(StandardCharsets.UTF_8),
                "notes.txt").mediaType());
    }

    @Test
    void imagesAudioAndVideoAreKnownByTheirSignatures() throws IOException {
        assertEquals(MediaTypes.GIF, detect("GIF89a\1\0\1\0".getBytes(StandardCharsets.US_ASCII), "a.gif").mediaType());
        assertEquals(MediaTypes.WEBP, detect(riff("WEBP"), "a.webp").mediaType());
        assertEquals(MediaTypes.WAV, detect(riff("WAVE"), "a.wav").mediaType());
        assertEquals(MediaTypes.MP4, detect(ftyp("isom"), "clip.mp4").mediaType());
        assertEquals(MediaTypes.QUICKTIME, detect(ftyp("qt  "), "clip.mov").mediaType());
        assertEquals(MediaTypes.HEIC, detect(ftyp("heic"), "photo.heic").mediaType());
        assertEquals(MediaTypes.WEBM, detect(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1, 2}, "a.webm").mediaType());
        assertEquals(MediaTypes.MP3, detect("ID3\4\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII), "a.mp3").mediaType());
    }

    @Test
    void anExecutableIsNamedByItsMediaType() throws IOException {
        Detection exe = detect(Samples.WINDOWS_EXE, "lesson-plan.pdf");
        assertEquals("application/x-msdownload", exe.mediaType());
        assertTrue(exe.rejection().contains("Windows PE"), exe.rejection());
        assertEquals("application/x-executable", detect(new byte[] {0x7F, 'E', 'L', 'F', 2}, "x").mediaType());
        assertEquals(MediaTypes.UNKNOWN, detect(new byte[] {1, 2, 3, 0}, "x").mediaType());
    }

    @Test
    void allowListsMatchExactTypesAndWholeFamilies() {
        assertTrue(MediaTypes.allowed("image/png", java.util.List.of("image/*")));
        assertTrue(MediaTypes.allowed("application/pdf", java.util.List.of(" Application/PDF ")));
        assertFalse(MediaTypes.allowed("application/pdf", java.util.List.of("image/*", "text/plain")));
    }

    @Test
    void theClientsNameDoesNotDecideTheType() throws IOException {
        assertEquals(MediaTypes.PNG, detect(Samples.PNG, "photo").mediaType());
        assertEquals(MediaTypes.TEXT, detect("plain".getBytes(StandardCharsets.UTF_8), "notes.md").mediaType());
    }

    @Test
    void executablesAreRefusedWhateverTheirName() throws IOException {
        assertFalse(detect(Samples.WINDOWS_EXE, "lesson-plan.pdf").isAccepted());
        Detection elf = detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "photo.png");
        assertFalse(elf.isAccepted());
        assertTrue(elf.rejection().contains("executable"), elf.rejection());
        assertFalse(detect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "notes.txt").isAccepted());
    }

    @Test
    void aNameThatClaimsAnotherAllowedTypeIsRefused() throws IOException {
        Detection textAsPdf = detect("not a pdf".getBytes(StandardCharsets.UTF_8), "report.pdf");
        assertFalse(textAsPdf.isAccepted());
        assertTrue(textAsPdf.rejection().contains("application/pdf"), textAsPdf.rejection());
        assertEquals(MediaTypes.JPEG, detect(Samples.JPEG, "photo.JPG").mediaType(), "extensions ignore case");
    }

    @Test
    void binaryOrInvalidUtf8IsNotText() throws IOException {
        assertFalse(detect(new byte[] {'a', 'b', 0, 'c'}, "x").isAccepted());
        assertFalse(detect(new byte[] {'a', (byte) 0xC3, '('}, "x").isAccepted(), "a broken UTF-8 sequence");
        assertFalse(detect("latin-1: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "x").isAccepted());
        assertFalse(detect(new byte[0], "empty.txt").isAccepted());
    }

    @Test
    void officeDocumentsAreToldFromOtherZipArchives() throws IOException {
        assertEquals(MediaTypes.DOCX, detect(Samples.zip("[Content_Types].xml", "word/document.xml"), "cv.docx").mediaType());
        assertEquals(MediaTypes.XLSX, detect(Samples.zip("[Content_Types].xml", "xl/workbook.xml"), "data.xlsx").mediaType());
        assertEquals(MediaTypes.PPTX, detect(Samples.zip("[Content_Types].xml", "ppt/presentation.xml"), "deck").mediaType());
        assertEquals(MediaTypes.ODT, detect(odt(), "essay.odt").mediaType());
        assertFalse(detect(Samples.zip("classes.dex", "AndroidManifest.xml"), "app.docx").isAccepted());
        assertFalse(detect(Samples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "m.docx")
                .isAccepted(), "macro-enabled");
        assertFalse(detect(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "broken.docx").isAccepted());
    }

    private static byte[] riff(String form) {
        byte[] bytes = ("RIFF\0\0\0\0" + form + "VP8 ").getBytes(StandardCharsets.US_ASCII);
        return bytes;
    }

    private static byte[] ftyp(String brand) {
        return ("\0\0\0\u0018ftyp" + brand + "\0\0\0\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(MediaTypes.ODT.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
