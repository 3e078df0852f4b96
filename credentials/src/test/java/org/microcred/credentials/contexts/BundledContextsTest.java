package org.microcred.credentials.contexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class BundledContextsTest {

    private final BundledContexts loader = BundledContexts.loader();

    @Test
    void everyContextOfTheIndexLoadsAsAJsonLdContext() throws Exception {
        assertEquals(7, loader.urls().size());
        assertTrue(loader.urls().contains("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"));
        for (String url : loader.urls()) {
            JsonValue content = loader.loadDocument(URI.create(url), null).getJsonContent().orElseThrow();
            assertTrue(content.asJsonObject().containsKey("@context"), url);
        }
    }

    /**
     * The CLR 2.0 context is 1EdTech's file as its validator bundles it (contexts/SOURCES.md): the same git blob, so
     * an edit, even of white space, is caught.
     */
    @Test
    void theClrContextIsTheFileItsSourceNoteNames() throws Exception {
        byte[] content;
        try (var in = BundledContexts.class.getResourceAsStream(
                "/contexts/purl.imsglobal.org_spec_clr_v2p0_context-2.0.1.json")) {
            content = in.readAllBytes();
        }
        java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("d2d10f57c7a35cd96d0da9271a06af37139cafdd",
                java.util.HexFormat.of().formatHex(sha1.digest(content)));
    }

    @Test
    void aContextIsParsedOnceAndShared() throws Exception {
        URI vc2 = URI.create("https://www.w3.org/ns/credentials/v2");
        assertSame(loader.loadDocument(vc2, null), loader.loadDocument(vc2, null));
    }

    @Test
    void anyOtherUrlIsAnUnknownContextAndNeverFetched() {
        CredentialException e = assertThrows(CredentialException.class,
                () -> loader.loadDocument(URI.create("https://www.w3.org/ns/credentials/v3"), null));
        assertEquals("unknown-context", e.problem());
        assertTrue(e.getMessage().contains("https://www.w3.org/ns/credentials/v3"));
    }

    @Test
    void aProcessedContextIsKeptForTheNextDocument() throws Exception {
        ActiveContexts contexts = new ActiveContexts(loader);
        JsonValue context = Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json").build();
        JsonValue equalContext = Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json").build();

        assertSame(contexts.of(context), contexts.of(equalContext));
    }
}
