package org.microcred.credentials.contexts;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.microcred.credentials.CredentialException;

/**
 * The JSON-LD document loader of the library: it answers only the contexts bundled in
 * {@code src/main/resources/contexts} (listed in {@code index.json}), parsed once when the class loads and shared
 * afterwards. Any other URL is refused with {@code unknown-context}: a verifier that fetches contexts over the
 * network is slow, and lets whoever controls the URL change what a signed credential means.
 */
public final class BundledContexts implements DocumentLoader {

    private static final String ROOT = "/contexts/";
    private static final BundledContexts INSTANCE = new BundledContexts();

    private final Map<String, JsonDocument> documents;

    private BundledContexts() {
        JsonObject index = read("index.json").getJsonContent().orElseThrow().asJsonObject();
        Map<String, JsonDocument> loaded = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : index.entrySet()) {
            JsonDocument document = read(((JsonString) entry.getValue()).getString());
            document.setDocumentUrl(URI.create(entry.getKey()));
            loaded.put(entry.getKey(), document);
        }
        this.documents = Collections.unmodifiableMap(loaded);
    }

    /** The shared loader (the parsed contexts are immutable JSON-P values, safe to share between threads). */
    public static BundledContexts loader() {
        return INSTANCE;
    }

    /** The context URLs this library knows. */
    public Set<String> urls() {
        return documents.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument document = documents.get(url.toString());
        if (document == null) {
            throw unknown(url.toString());
        }
        return document;
    }

    /** The exception for a context that is not bundled (also thrown before JSON-LD processing starts). */
    public static CredentialException unknown(String url) {
        return new CredentialException("unknown-context", "The credential names the context " + url
                + ", which is not bundled; contexts are never fetched over the network");
    }

    private static JsonDocument read(String file) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled context file missing: " + ROOT + file);
            }
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("bundled context file unreadable: " + ROOT + file, e);
        }
    }
}
