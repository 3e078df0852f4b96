package org.microcred.submission.storage;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Macros, embedded objects and other active content in an Office document, found by what the document declares and
 * holds, never by one part's name. Any of them refuses the document.
 *
 * <p>OOXML (docx, xlsx, pptx):
 * <ul>
 * <li>{@code [Content_Types].xml}: a Default or Override content type of a macro-enabled main part or template
 * ({@code macroEnabled}), a VBA project or its signature or data ({@code vbaProject}, {@code vbaData}), an XLM macro
 * sheet, ActiveX, an OLE object, or an HTML or MHT chunk ({@code text/html}, {@code message/rfc822});</li>
 * <li>relationships ({@code *.rels}): to a VBA project, OLE object, ActiveX control, embedded package, HTML chunk
 * ({@code aFChunk}), sub-document or attached template, and any external target but a hyperlink (a remote template
 * or object is fetched when the document opens);</li>
 * <li>entries: under {@code embeddings/}, {@code activeX/}, {@code macrosheets/}, a {@code vbaProject} or
 * {@code vbaData} part, and binary parts ({@code .bin}) other than printer settings.</li>
 * </ul>
 * OpenDocument (odt, ods, odp):
 * <ul>
 * <li>entries under {@code Basic/} or {@code Scripts/}, embedded objects ({@code Object 1/},
 * {@code ObjectReplacements/});</li>
 * <li>{@code META-INF/manifest.xml}: entries of Basic or script media types, or of an embedded document;</li>
 * <li>{@code content.xml}, {@code styles.xml}: event listeners, embedded OLE objects, applets, plug-ins and
 * objects, and any attribute whose value is a macro or script URL ({@code vnd.sun.star.script:}, {@code macro:}).</li>
 * </ul>
 */
final class OfficeActiveContent {

    private static final List<String> OOXML_ACTIVE_TYPES = List.of("macroenabled", "vbaproject", "vbadata",
            "macrosheet", "activex", "oleobject", "text/html", "application/xhtml", "message/rfc822");
    private static final List<String> OOXML_ACTIVE_RELATIONSHIPS = List.of("/vbaproject", "/vbaprojectsignature",
            "/oleobject", "/activexcontrol", "/activexcontrolbinary", "/control", "/package", "/afchunk",
            "/subdocument", "/attachedtemplate", "/wordvbadata", "/xlmacrosheet", "/xlintlmacrosheet");
    private static final List<String> OOXML_ACTIVE_ENTRIES = List.of("/embeddings/", "/activex/", "/macrosheets/",
            "vbaproject", "vbadata");
    private static final List<String> ODF_ACTIVE_ENTRIES = List.of("basic/", "scripts/", "object ",
            "objectreplacements/");
    private static final List<String> ODF_ACTIVE_ELEMENTS = List.of("script:event-listener", "office:event-listeners",
            "draw:object", "draw:object-ole", "draw:applet", "draw:plugin", "office:script");
    private static final List<String> SCRIPT_URLS = List.of("vnd.sun.star.script:", "macro:", "vnd.sun.star.basic:");

    private OfficeActiveContent() {
    }

    /** What active content the OOXML document holds, or empty. */
    static Optional<String> inOoxml(ZipFile zip) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = lower(entry.getName());
            String path = "/" + name;
            if (OOXML_ACTIVE_ENTRIES.stream().anyMatch(path::contains)
                    || name.endsWith(".bin") && !name.contains("printersettings/")) {
                return Optional.of("an active part (" + entry.getName() + ")");
            }
        }
        XmlParts parts = new XmlParts(zip);
        Optional<String> types = scanIfPresent(parts, zip, "[Content_Types].xml", (element, attributes) ->
                Optional.ofNullable(attributes.get("ContentType")).map(OfficeActiveContent::lower)
                        .filter(type -> OOXML_ACTIVE_TYPES.stream().anyMatch(type::contains))
                        .map(type -> "a part of type " + type));
        if (types.isPresent()) {
            return types;
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (lower(entry.getName()).endsWith(".rels")) {
                Optional<String> relationship = parts.scan(entry, OfficeActiveContent::activeRelationship);
                if (relationship.isPresent()) {
                    return relationship;
                }
            }
        }
        return Optional.empty();
    }

    /** What active content the OpenDocument holds, or empty. */
    static Optional<String> inOpenDocument(ZipFile zip) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = lower(entry.getName());
            if (ODF_ACTIVE_ENTRIES.stream().anyMatch(name::startsWith)) {
                return Optional.of("macros, scripts or an embedded object (" + entry.getName() + ")");
            }
        }
        XmlParts parts = new XmlParts(zip);
        Optional<String> manifest = scanIfPresent(parts, zip, "META-INF/manifest.xml", (element, attributes) -> {
            String type = lower(attributes.getOrDefault("manifest:media-type", ""));
            String path = attributes.getOrDefault("manifest:full-path", "/");
            boolean script = type.contains("basic") || type.contains("script");
            boolean embedded = type.startsWith("application/vnd.oasis.opendocument.") && !path.equals("/");
            return script || embedded ? Optional.of("a manifest entry " + path + " of type " + type)
                    : Optional.empty();
        });
        if (manifest.isPresent()) {
            return manifest;
        }
        for (String part : List.of("content.xml", "styles.xml")) {
            Optional<String> found = scanIfPresent(parts, zip, part, OfficeActiveContent::activeOdfElement);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> activeRelationship(String element, Map<String, String> attributes) {
        String type = lower(attributes.getOrDefault("Type", ""));
        if (OOXML_ACTIVE_RELATIONSHIPS.stream().anyMatch(type::endsWith)) {
            return Optional.of("a relationship of type " + type);
        }
        boolean external = "external".equals(lower(attributes.getOrDefault("TargetMode", "")));
        if (external && !type.endsWith("/hyperlink")) {
            return Optional.of("an external " + type + " (" + attributes.get("Target") + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> activeOdfElement(String element, Map<String, String> attributes) {
        if (ODF_ACTIVE_ELEMENTS.contains(element)) {
            return Optional.of("an element " + element);
        }
        return attributes.values().stream().map(OfficeActiveContent::lower)
                .filter(value -> SCRIPT_URLS.stream().anyMatch(value.strip()::startsWith))
                .findFirst().map(value -> "a macro or script link (" + value + ")");
    }

    private static Optional<String> scanIfPresent(XmlParts parts, ZipFile zip, String name,
            BiFunction<String, Map<String, String>, Optional<String>> check) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? Optional.empty() : parts.scan(entry, check);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
