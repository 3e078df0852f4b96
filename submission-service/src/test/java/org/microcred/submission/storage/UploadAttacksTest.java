package org.microcred.submission.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uploads issue 9 (part D) found accepted and served back under their own names, each built here from its
 * bytes: a file is judged by its content and its name together, and refused when it is also something else.
 */
class UploadAttacksTest {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCX_TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String DOCUMENT = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body/></w:document>";
    private static final String HYPERLINK_RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/></Relationships>";

    @TempDir
    Path dir;

    private Detection detect(byte[] content, String name) throws IOException {
        return ContentTypeDetector.detect(Files.write(dir.resolve("upload"), content), name);
    }

    private void assertRefused(byte[] content, String name, String... mentions) throws IOException {
        Detection detection = detect(content, name);
        assertFalse(detection.isAccepted(), name + " was accepted as " + detection.mediaType());
        for (String mention : mentions) {
            assertTrue(detection.rejection().contains(mention), detection.rejection());
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPdfNamedHtaIsRefusedNamingTheExtensionAndTheType() throws IOException {
        assertRefused(Samples.PDF, "invoice.hta", ".hta", "application/pdf");
    }

    @Test
    void aTextFileNamedBatIsRefused() throws IOException {
        assertRefused(ascii("@echo off\r\ndel /q C:\\*\r\n"), "run.bat", ".bat", "text/plain");
    }

    @Test
    void aJarThatAlsoReadsAsADocxIsRefused() throws IOException {
        byte[] jar = Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n", "Evil.class", "\u00ca\u00fe");
        assertRefused(jar, "essay.docx", "Java archive");
        assertRefused(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT, "a/B.class", "x"),
                "essay.docx", "Java archive");
    }

    @Test
    void aPdfThatIsAlsoAZipOrAWebPageIsRefused() throws IOException {
        assertRefused(Samples.concat(Samples.PDF, Samples.zipOf("Main.class", "x")), "plan.pdf", "ZIP");
        assertRefused(Samples.concat(Samples.PDF, ascii("<HTA:APPLICATION/><script>new ActiveXObject()</script>")),
                "plan.pdf", "markup");
        assertRefused(Samples.concat(Samples.JPEG, Samples.zipOf("META-INF/MANIFEST.MF", "x")), "photo.jpg", "ZIP");
        assertRefused(Samples.concat(Samples.PNG, ascii("<!DOCTYPE html><p>hi")), "photo.png", "markup");
    }

    @Test
    void aPdfMentioningZipBytesMidwayIsStillAPdf() throws IOException {
        byte[] pdf = Samples.concat(Samples.PDF, new byte[] {'P', 'K', 5, 6, 0, 0}, ascii("\n%%EOF\n"));
        assertTrue(detect(pdf, "plan.pdf").isAccepted());
    }

    @Test
    void aMacroIsFoundByContentTypeWhateverThePartIsCalled() throws IOException {
        String types = "<Types><Default Extension=\"dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
        assertRefused(Samples.zipOf(CONTENT_TYPES, types, "word/document.xml", DOCUMENT, "word/innocent.dat", "x"),
                "essay.docx", "vbaproject");
        String escaped = types.replace("vbaProject", "vba&#x50;roject");
        assertRefused(Samples.zipOf(CONTENT_TYPES, escaped, "word/document.xml", DOCUMENT), "essay.docx",
                "vbaproject");
    }

    @Test
    void aMacroEnabledMainPartIsRefused() throws IOException {
        String types = "<Types><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>";
        assertRefused(Samples.zipOf(CONTENT_TYPES, types, "word/document.xml", DOCUMENT), "essay.docx",
                "macroenabled");
    }

    @Test
    void embeddedObjectsActiveXAndRemoteTemplatesAreRefused() throws IOException {
        assertRefused(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "word/embeddings/oleObject1.bin", "x"), "essay.docx", "embeddings");
        assertRefused(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "word/activeX/activeX1.xml", "<ax/>"), "essay.docx", "activeX");
        String remoteTemplate = HYPERLINK_RELS.replace("relationships/hyperlink", "relationships/attachedTemplate");
        assertRefused(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "word/_rels/settings.xml.rels", remoteTemplate), "essay.docx", "attachedtemplate");
        String oleLink = HYPERLINK_RELS.replace("relationships/hyperlink", "relationships/oleObject");
        assertRefused(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "word/_rels/document.xml.rels", oleLink), "essay.docx", "oleobject");
    }

    @Test
    void aPlainDocumentWithAHyperlinkIsAccepted() throws IOException {
        Detection docx = detect(Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT,
                "word/_rels/document.xml.rels", HYPERLINK_RELS, "docProps/core.xml", "<cp:coreProperties/>"),
                "essay.docx");
        assertTrue(docx.isAccepted(), docx.rejection());
        assertEquals(MediaTypes.DOCX, docx.mediaType());
    }

    @Test
    void openDocumentMacrosScriptsAndObjectsAreRefused() throws IOException {
        String mimetype = MediaTypes.ODT;
        assertRefused(Samples.zipOf("mimetype", mimetype, "content.xml", "<office:document-content/>",
                "Basic/Standard/Module1.xml", "<script:module/>"), "essay.odt", "Basic/");
        assertRefused(Samples.zipOf("mimetype", mimetype, "content.xml", "<office:document-content/>",
                "Object 1/content.xml", "<x/>"), "essay.odt", "Object 1");
        String manifest = "<manifest:manifest><manifest:file-entry manifest:full-path=\"Basic/\" "
                + "manifest:media-type=\"application/vnd.sun.star.basic\"/></manifest:manifest>";
        assertRefused(Samples.zipOf("mimetype", mimetype, "content.xml", "<office:document-content/>",
                "META-INF/manifest.xml", manifest), "essay.odt", "manifest");
        String macroLink = "<office:document-content><text:a xlink:href=\"vnd.sun.star.script:Standard.Module1.Run"
                + "?language=Basic&amp;location=document\">x</text:a></office:document-content>";
        assertRefused(Samples.zipOf("mimetype", mimetype, "content.xml", macroLink), "essay.odt", "macro");
        String listener = "<office:document-content><script:event-listener script:event-name=\"dom:load\"/>"
                + "</office:document-content>";
        assertRefused(Samples.zipOf("mimetype", mimetype, "content.xml", listener), "essay.odt", "event-listener");
    }

    @Test
    void aPlainOpenDocumentIsAccepted() throws IOException {
        String manifest = "<manifest:manifest><manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        Detection odt = detect(Samples.zipOf("mimetype", MediaTypes.ODT, "content.xml",
                "<office:document-content><office:scripts/><text:p>Essay</text:p></office:document-content>",
                "META-INF/manifest.xml", manifest), "essay.odt");
        assertTrue(odt.isAccepted(), odt.rejection());
    }

    @Test
    void aDocumentWithADoctypeOrBrokenXmlIsRefused() throws IOException {
        String entity = "<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types>&x;</Types>";
        assertRefused(Samples.zipOf(CONTENT_TYPES, entity, "word/document.xml", DOCUMENT), "essay.docx");
        assertRefused(Samples.zipOf(CONTENT_TYPES, "<Types", "word/document.xml", DOCUMENT), "essay.docx");
    }

    @Test
    void filesAreServedUnderTheirDetectedTypesExtension() {
        assertEquals("invoice.pdf", FileNames.servedAs("invoice.hta", MediaTypes.PDF));
        assertEquals("run.txt", FileNames.servedAs("run.bat", MediaTypes.TEXT));
        assertEquals("photo.png", FileNames.servedAs("photo", MediaTypes.PNG));
        assertEquals("photo.JPG", FileNames.servedAs("photo.JPG", MediaTypes.JPEG), "one of its own extensions");
        assertEquals("Dr. Smith essay.docx", FileNames.servedAs("Dr. Smith essay", MediaTypes.DOCX));
        assertEquals("file.pdf", FileNames.servedAs(".hta", MediaTypes.PDF));
    }

    @Test
    void aZipWhoseEndRecordPointsPastTheEndIsRefusedNotThrown() throws IOException {
        byte[] zip = Samples.zipOf(CONTENT_TYPES, DOCX_TYPES, "word/document.xml", DOCUMENT);
        int endRecord = zip.length - 22;
        zip[endRecord + 16] = (byte) 0xFF;   // the central directory's offset, far past the end
        zip[endRecord + 17] = (byte) 0xFF;
        zip[endRecord + 18] = (byte) 0xFF;
        assertRefused(zip, "essay.docx", "damaged");
    }
}
