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
        assertEquals(6, loader.urls().size());
        for (String url : loader.urls()) {
            JsonValue content = loader.loadDocument(URI.create(url), null).getJsonContent().orElseThrow();
            assertTrue(content.asJsonObject().containsKey("@context"), url);
        }
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
