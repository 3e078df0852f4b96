package org.microcred.credentials.baking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.credentials.CredentialException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgBakingTest {

    private static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
              <!-- a badge -->
              <circle cx="32" cy="32" r="30" fill="#36c"/>
              <text x="32" y="36" text-anchor="middle">Zoë &amp; 日本語</text>
            </svg>
            """;
    // "]]>" inside a JSON string would end a naive CDATA section early.
    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"name\":\"SAFe® für Zoë — 日本語 [[x]]>\",\"issuer\":\"did:example:1\"}";
    private static final String JWS = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZToxIn0.c2lnbmF0dXJl";

    @Test
    void aDataIntegrityCredentialBakesInCdataAndUnbakesByteForByte() throws Exception {
        assertTrue(CREDENTIAL.contains("]]>"));
        byte[] baked = SvgBaking.bake(utf8(SVG), CREDENTIAL);

        assertEquals(CREDENTIAL, SvgBaking.unbake(baked));
        Element first = firstChildElement(parse(baked).getDocumentElement());
        assertEquals(SvgBaking.NAMESPACE, first.getNamespaceURI());
        assertEquals("openbadges:credential", first.getTagName());
        assertEquals(CREDENTIAL, first.getTextContent());
        assertFalse(first.hasAttribute("verify"));
    }

    @Test
    void aVcJwtBakesInTheVerifyAttribute() throws Exception {
        byte[] baked = SvgBaking.bake(utf8(SVG), JWS);

        assertEquals(JWS, SvgBaking.unbake(baked));
        Element root = parse(baked).getDocumentElement();
        assertEquals(SvgBaking.NAMESPACE, root.getAttribute("xmlns:openbadges"));
        assertEquals(JWS, firstChildElement(root).getAttribute("verify"));
    }

    @Test
    void theRestOfTheImageIsKept() throws Exception {
        Document doc = parse(SvgBaking.bake(utf8(SVG), CREDENTIAL));

        Element root = doc.getDocumentElement();
        assertEquals("0 0 64 64", root.getAttribute("viewBox"));
        assertEquals("Zoë & 日本語", doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text")
                .item(0).getTextContent());
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
    }

    @Test
    void bakingAgainReplacesTheCredentialInsteadOfAddingASecond() throws Exception {
        byte[] twice = SvgBaking.bake(SvgBaking.bake(utf8(SVG), CREDENTIAL), JWS);

        assertEquals(JWS, SvgBaking.unbake(twice));
        assertEquals(1, parse(twice).getElementsByTagNameNS(SvgBaking.NAMESPACE, "credential").getLength());
    }

    @Test
    void theSpecsOwnExampleFormUnbakes() {
        String baked = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
                  <openbadges:credential>
                    <![CDATA[
                      {"issuer": "did:example:1"}
                    ]]>
                  </openbadges:credential>
                </svg>
                """;
        assertEquals("{\"issuer\": \"did:example:1\"}", SvgBaking.unbake(utf8(baked)));
    }

    @Test
    void anSvgWithoutCredentialAnswersNoCredential() {
        assertEquals("no-credential", assertThrows(CredentialException.class,
                () -> SvgBaking.unbake(utf8(SVG))).problem());
    }

    @Test
    void anExternalEntityIsRefusedAndItsFileNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [ <!ENTITY xxe SYSTEM "%s"> ]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
                  <openbadges:credential>&xxe;</openbadges:credential>
                </svg>
                """.formatted(secret.toUri());

        CredentialException e = assertThrows(CredentialException.class, () -> SvgBaking.unbake(utf8(xxe)));
        assertEquals("unsafe-xml", e.problem());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertEquals("unsafe-xml", assertThrows(CredentialException.class,
                () -> SvgBaking.bake(utf8(xxe), CREDENTIAL)).problem());
    }

    @Test
    void externalEntitiesAndDtdsAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String viaEntity = "<!DOCTYPE svg [ <!ENTITY % remote SYSTEM \"" + base + "/e.dtd\"> %remote; ]>"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
            String viaDtd = "<!DOCTYPE svg SYSTEM \"" + base + "/svg.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
            for (String attack : new String[] {viaEntity, viaDtd}) {
                assertEquals("unsafe-xml", assertThrows(CredentialException.class,
                        () -> SvgBaking.unbake(utf8(attack))).problem());
            }
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket ignored = server.accept()) {
                    // reaching here means the parser connected
                }
            }, "the parser must not have connected to the server");
        }
    }

    /**
     * The DOCTYPE is refused before any entity is expanded, so the 10^9 "lol"s are never built. The timeout only
     * keeps a parser that did expand them from hanging the build; the assertion is the refusal itself.
     */
    @Test
    @Timeout(60)
    void billionLaughsIsRefusedBeforeAnyEntityIsExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [ <!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>";

        assertEquals("unsafe-xml",
                assertThrows(CredentialException.class, () -> SvgBaking.unbake(utf8(bomb))).problem());
    }

    @Test
    void notXmlOrNotAnSvgOrTooDeepIsAMalformedImage() {
        String deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(300) + "</g>".repeat(300) + "</svg>";
        for (String bad : new String[] {"not xml at all", "<html><body/></html>", "<svg><g></svg>", deep}) {
            assertEquals("malformed-image", assertThrows(CredentialException.class,
                    () -> SvgBaking.unbake(utf8(bad))).problem(), bad);
        }
        assertEquals("too-large", assertThrows(CredentialException.class,
                () -> SvgBaking.unbake(new byte[SecureXml.MAX_DOCUMENT_BYTES + 1])).problem());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element firstChildElement(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
