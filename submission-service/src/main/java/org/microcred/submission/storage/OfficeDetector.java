package org.microcred.submission.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells an Office document from any other ZIP archive by its entries: OOXML (docx, xlsx, pptx) by
 * {@code [Content_Types].xml} and its main part, OpenDocument by its {@code mimetype} entry. Refused: an archive
 * that is also a Java archive ({@code META-INF/MANIFEST.MF} or a {@code .class} entry, which {@code java -jar}
 * runs), and documents with macros or embedded objects ({@link OfficeActiveContent}). Only the central directory
 * and a bounded amount of XML are read ({@link XmlParts}), so a ZIP bomb never expands here; a damaged archive is
 * refused, never half-read.
 */
final class OfficeDetector {

    /** The types this detector names; {@link Polyglots} leaves them to it. */
    static final Set<String> TYPES = Set.of(MediaTypes.DOCX, MediaTypes.XLSX, MediaTypes.PPTX, MediaTypes.ODT,
            MediaTypes.ODS, MediaTypes.ODP, MediaTypes.ZIP);

    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", MediaTypes.DOCX,
            "xl/workbook.xml", MediaTypes.XLSX,
            "ppt/presentation.xml", MediaTypes.PPTX);
    private static final int MAX_MIMETYPE_LENGTH = 128;

    private OfficeDetector() {
    }

    static Detection detect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Optional<String> jar = zip.stream().map(ZipEntry::getName).filter(OfficeDetector::isJavaArchiveEntry)
                    .findFirst();
            if (jar.isPresent()) {
                return Detection.rejected(MediaTypes.ZIP, "the archive is also a Java archive (" + jar.get()
                        + "), a polyglot");
            }
            String ooxml = ooxmlType(zip);
            String type = ooxml != null ? ooxml : openDocumentType(zip);
            if (type == null) {
                return Detection.rejected(MediaTypes.ZIP,
                        "a ZIP archive that is not an Office document (" + MediaTypes.ZIP + ")");
            }
            Optional<String> active = ooxml != null ? OfficeActiveContent.inOoxml(zip)
                    : OfficeActiveContent.inOpenDocument(zip);
            return active.map(what -> Detection.rejected(type, "the document holds " + what
                    + "; documents with macros or embedded objects are not accepted"))
                    .orElse(Detection.accepted(type));
        } catch (XmlParts.Refused e) {
            return Detection.rejected(MediaTypes.ZIP, "an Office document that cannot be inspected: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // ZipException, EOFException (an end record that points past the end), IllegalArgumentException (an entry
            // name that is not valid in its charset): all damaged archives.
            return Detection.rejected(MediaTypes.ZIP, "a damaged ZIP archive");
        }
    }

    private static boolean isJavaArchiveEntry(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("meta-inf/manifest.mf") || lower.endsWith(".class");
    }

    private static String ooxmlType(ZipFile zip) {
        if (zip.getEntry("[Content_Types].xml") == null) {
            return null;
        }
        for (var part : OOXML_MAIN_PARTS.entrySet()) {
            if (zip.getEntry(part.getKey()) != null) {
                return part.getValue();
            }
        }
        return null;
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
