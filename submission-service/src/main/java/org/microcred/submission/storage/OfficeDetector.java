package org.microcred.submission.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells an Office document from any other ZIP archive by its entries: OOXML (docx, xlsx, pptx)
 * by {@code [Content_Types].xml} and its main part, OpenDocument by its {@code mimetype} entry.
 * Only the central directory and that tiny entry are read, so a ZIP bomb never expands here.
 * Macro-enabled documents are refused.
 */
final class OfficeDetector {

    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", MediaTypes.DOCX,
            "xl/workbook.xml", MediaTypes.XLSX,
            "ppt/presentation.xml", MediaTypes.PPTX);
    private static final int MAX_MIMETYPE_LENGTH = 128;

    private OfficeDetector() {
    }

    static Detection detect(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.stream().anyMatch(e -> e.getName().toLowerCase().endsWith("vbaproject.bin"))) {
                return Detection.rejected(MediaTypes.ZIP, "macro-enabled Office documents are not accepted");
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                for (var part : OOXML_MAIN_PARTS.entrySet()) {
                    if (zip.getEntry(part.getKey()) != null) {
                        return Detection.accepted(part.getValue());
                    }
                }
            }
            String odf = openDocumentType(zip);
            if (odf != null) {
                return Detection.accepted(odf);
            }
            return Detection.rejected(MediaTypes.ZIP, "a ZIP archive that is not an Office document (" + MediaTypes.ZIP + ")");
        } catch (ZipException e) {
            return Detection.rejected(MediaTypes.ZIP, "a damaged ZIP archive");
        }
    }

    private static String openDocumentType(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String type = new String(in.readNBytes(MAX_MIMETYPE_LENGTH), StandardCharsets.US_ASCII).trim();
            return switch (type) {
                case MediaTypes.ODT, MediaTypes.ODS, MediaTypes.ODP -> type;
                default -> null;
            };
        }
    }
}
