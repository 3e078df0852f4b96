package org.microcred.credentials.contexts;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.microcred.credentials.CredentialException;

/**
 * The JSON-LD document loader of the library: it answers only the contexts bundled in
 * {@code src/main/resources/contexts} (listed in {@code index.json}), plus those an operator supplies as files (below),
 * parsed once when the class loads and shared afterwards. Any other URL is refused with {@code unknown-context}: a
 * verifier that fetches contexts over the network is slow, and lets whoever controls the URL change what a signed
 * credential means.
 *
 * <p>Supplied contexts: directories named by the environment variable {@value #SUPPLIED_DIR_VARIABLE} (or the system
 * property {@value #SUPPLIED_DIR_PROPERTY}), several separated by the path separator ({@code :} on Unix), each holding
 * an {@code index.json} of the same form, URL to file name. It is how a context the project may not ship reaches it:
 * the CLR 2.0 context, which is not among the contexts this project was given, and the {@code Ed25519Signature2020}
 * suite context that the Learner Credential Wallet's DID authentication names (see {@code SOURCES.md}). A bundled
 * context always wins over a supplied one of the same URL, and an earlier directory over a later one, so a supplied
 * directory can add meanings but never change the ones credentials were signed with.
 */
public final class BundledContexts implements DocumentLoader {

    /** The environment variable naming the directory of supplied contexts. */
    public static final String SUPPLIED_DIR_VARIABLE = "MICROCRED_JSONLD_CONTEXTS_DIR";
    /** The system property naming it (tests, and where the environment cannot be set). */
    public static final String SUPPLIED_DIR_PROPERTY = "microcred.jsonld.contexts-dir";

    private static final String ROOT = "/contexts/";
    private static final BundledContexts INSTANCE = new BundledContexts(suppliedDirectories());

    private final Map<String, JsonDocument> documents;

    /** The bundle, plus the contexts of {@code supplied} (an index.json and its files) that the bundle lacks. */
    BundledContexts(Path supplied) {
        this(supplied == null ? List.of() : List.of(supplied));
    }

    private BundledContexts(List<Path> supplied) {
        Map<String, JsonDocument> loaded = new LinkedHashMap<>();
        addAll(loaded, BundledContexts::read);
        for (Path directory : supplied) {
            addAll(loaded, file -> readFile(directory.resolve(file)));
        }
        this.documents = Collections.unmodifiableMap(loaded);
    }

    /**
     * A loader of the bundle and the given directories' contexts, apart from the shared one: for tests that supply a
     * context at run time (the shared loader reads its directories once, when the class loads).
     */
    public static BundledContexts withSupplied(List<Path> directories) {
        return new BundledContexts(List.copyOf(directories));
    }

    private static void addAll(Map<String, JsonDocument> loaded, Function<String, JsonDocument> reader) {
        JsonObject index = reader.apply("index.json").getJsonContent().orElseThrow().asJsonObject();
        for (Map.Entry<String, JsonValue> entry : index.entrySet()) {
            if (!loaded.containsKey(entry.getKey())) {
                JsonDocument document = reader.apply(((JsonString) entry.getValue()).getString());
                document.setDocumentUrl(URI.create(entry.getKey()));
                loaded.put(entry.getKey(), document);
            }
        }
    }

    private static List<Path> suppliedDirectories() {
        return directories(System.getProperty(SUPPLIED_DIR_PROPERTY, System.getenv(SUPPLIED_DIR_VARIABLE)));
    }

    /** The directories a {@value #SUPPLIED_DIR_VARIABLE} value names, in order (empty entries ignored). */
    static List<Path> directories(String named) {
        if (named == null || named.isBlank()) {
            return List.of();
        }
        return Arrays.stream(named.split(Pattern.quote(File.pathSeparator)))
                .filter(directory -> !directory.isBlank())
                .map(Path::of)
                .toList();
    }

    /** The shared loader (the parsed contexts are immutable JSON-P values, safe to share between threads). */
    public static BundledContexts loader() {
        return INSTANCE;
    }

    /** The context URLs this library knows. */
    public Set<String> urls() {
        return documents.keySet();
    }

    /** Whether a credential naming this context can be processed here (bundled or supplied). */
    public boolean knows(String url) {
        return documents.containsKey(url);
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

    /** A supplied context file: a directory that is named but unreadable stops the process, naming the file. */
    private static JsonDocument readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new IllegalStateException("supplied JSON-LD context file unreadable (" + SUPPLIED_DIR_VARIABLE
                    + "): " + file, e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("supplied JSON-LD context file is not JSON (" + SUPPLIED_DIR_VARIABLE
                    + "): " + file, e);
        }
    }
}
