package org.microcred.credentials.contexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.credentials.CredentialException;

class BundledContextsTest {

    private final BundledContexts loader = BundledContexts.loader();

    @Test
    void everyContextOfTheIndexLoadsAsAJsonLdContext() throws Exception {
        BundledContexts bundleOnly = new BundledContexts(null);
        assertEquals(6, bundleOnly.urls().size());
        for (String url : bundleOnly.urls()) {
            JsonValue content = bundleOnly.loadDocument(URI.create(url), null).getJsonContent().orElseThrow();
            assertTrue(content.asJsonObject().containsKey("@context"), url);
        }
    }

    /**
     * A supplied directory adds the contexts the bundle lacks (how the CLR 2.0 context reaches a deployment: see
     * SOURCES.md), and cannot replace a bundled one: a credential signed against our bundle keeps its meaning.
     */
    @Test
    void aSuppliedDirectoryAddsContextsButNeverReplacesBundledOnes(@TempDir Path dir) throws Exception {
        String added = "https://example.org/contexts/added-v1.json";
        String vc2 = "https://www.w3.org/ns/credentials/v2";
        Files.writeString(dir.resolve("index.json"),
                "{\"" + added + "\": \"added.json\", \"" + vc2 + "\": \"vc2.json\"}");
        Files.writeString(dir.resolve("added.json"), "{\"@context\": {\"term\": \"https://example.org/term\"}}");
        Files.writeString(dir.resolve("vc2.json"), "{\"@context\": {\"replaced\": \"https://example.org/r\"}}");

        BundledContexts withSupplied = new BundledContexts(dir);

        assertTrue(withSupplied.knows(added));
        assertEquals(7, withSupplied.urls().size());
        JsonValue vc2Content = withSupplied.loadDocument(URI.create(vc2), null).getJsonContent().orElseThrow();
        assertFalse(vc2Content.asJsonObject().getJsonObject("@context").containsKey("replaced"));
        assertFalse(loader.knows(added));
    }

    /**
     * Several directories, separated as a PATH is (how the CLR 2.0 and the Ed25519Signature2020 contexts can come
     * from two places): each adds its contexts, and for a URL both supply the earlier directory wins.
     */
    @Test
    void severalSuppliedDirectoriesEachAddTheirContextsAndTheEarlierWins(@TempDir Path first, @TempDir Path second)
            throws Exception {
        String shared = "https://example.org/contexts/shared-v1.json";
        String onlySecond = "https://example.org/contexts/second-v1.json";
        Files.writeString(first.resolve("index.json"), "{\"" + shared + "\": \"shared.json\"}");
        Files.writeString(first.resolve("shared.json"), "{\"@context\": {\"fromFirst\": \"https://example.org/1\"}}");
        Files.writeString(second.resolve("index.json"),
                "{\"" + shared + "\": \"shared.json\", \"" + onlySecond + "\": \"second.json\"}");
        Files.writeString(second.resolve("shared.json"), "{\"@context\": {\"fromSecond\": \"https://example.org/2\"}}");
        Files.writeString(second.resolve("second.json"), "{\"@context\": {\"term\": \"https://example.org/t\"}}");

        List<Path> named = BundledContexts.directories(first + File.pathSeparator + second + File.pathSeparator);
        BundledContexts withBoth = BundledContexts.withSupplied(named);

        assertEquals(List.of(first, second), named);
        assertTrue(withBoth.knows(onlySecond));
        JsonValue sharedContent = withBoth.loadDocument(URI.create(shared), null).getJsonContent().orElseThrow();
        assertTrue(sharedContent.asJsonObject().getJsonObject("@context").containsKey("fromFirst"));
        assertEquals(List.of(), BundledContexts.directories(" "));
    }

    @Test
    void aSuppliedDirectoryThatCannotBeReadStopsWithItsName(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BundledContexts(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("MICROCRED_JSONLD_CONTEXTS_DIR"), e.getMessage());
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
