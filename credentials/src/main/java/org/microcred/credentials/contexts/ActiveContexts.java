package org.microcred.credentials.contexts;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.cache.Cache;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Processed JSON-LD contexts, kept in memory: the {@code @context} of a credential is turned into titanium's
 * {@link ActiveContext} once, and every later credential with the same {@code @context} starts from it. Processing
 * the VC 2.0 and Open Badges contexts (about 300 term definitions, each scoped context validated) costs more than
 * everything else a signature does, so doing it once per process is what makes signing fast.
 *
 * <p>Thread-safe. A processed context is only read during expansion (type-scoped contexts make copies), and the
 * runtime it carries has no timeout ticker and only thread-safe caches, so one instance serves all threads.
 */
public final class ActiveContexts {

    /**
     * Distinct {@code @context} values kept. Only lists of URLs are kept (inline context objects, rare and
     * possibly large, are processed each time), so memory stays bounded whatever documents arrive.
     */
    static final int MAX_ENTRIES = 64;

    private static final ActiveContexts SHARED = new ActiveContexts(BundledContexts.loader());

    private final BundledContexts loader;
    private final ProcessingRuntime runtime;
    private final Map<JsonValue, ActiveContext> processed = new ConcurrentHashMap<>();

    /** Contexts from {@code loader}; {@link #shared()} is the one the library uses unless told otherwise. */
    public ActiveContexts(BundledContexts loader) {
        this.loader = loader;
        JsonLdOptions options = new JsonLdOptions(loader);
        // JSON-LD "safe mode", as Digital Bazaar's verifiers use: a property no context defines is an error,
        // never silently left out of what is signed.
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        // titanium's default LRU cache is an unsynchronised LinkedHashMap; the bundled contexts are few and
        // fixed, so a concurrent map holds them all.
        options.setContextCache(new ConcurrentCache<>());
        options.setDocumentCache(null);
        // IRIs are checked the way jsonld.js checks them (a scheme, no white space: see SafeExpansion), not by
        // java.net.URI, which rejects IRIs JavaScript verifiers keep; it was also a fifth of the signing time.
        options.setUriValidation(UriValidationPolicy.SchemeOnly);
        this.runtime = ProcessingRuntime.of(options);
    }

    /** The instance shared by the library (one per class loader). */
    public static ActiveContexts shared() {
        return SHARED;
    }

    /**
     * The active context a document with this {@code @context} value starts from.
     *
     * @throws org.microcred.credentials.CredentialException ({@code unknown-context}) for a context URL that is
     *         not bundled
     * @throws JsonLdError for an invalid context
     */
    public ActiveContext of(JsonValue localContext) throws JsonLdError {
        ActiveContext context = processed.get(localContext);
        if (context != null) {
            return context;
        }
        rejectUnknownUrls(localContext);
        context = new ActiveContext(null, null, runtime).newContext().create(localContext, null);
        if (processed.size() < MAX_ENTRIES && onlyUrls(localContext)) {
            processed.putIfAbsent(localContext, context);
        }
        return context;
    }

    private static boolean onlyUrls(JsonValue localContext) {
        if (localContext instanceof JsonString) {
            return true;
        }
        return localContext.getValueType() == JsonValue.ValueType.ARRAY
                && localContext.asJsonArray().stream().allMatch(JsonString.class::isInstance);
    }

    /** Names the first unknown URL before titanium wraps the failure in its own error. */
    private void rejectUnknownUrls(JsonValue localContext) {
        if (localContext instanceof JsonString url) {
            if (!loader.knows(url.getString())) {
                throw BundledContexts.unknown(url.getString());
            }
        } else if (localContext.getValueType() == JsonValue.ValueType.ARRAY) {
            localContext.asJsonArray().forEach(this::rejectUnknownUrls);
        }
    }

    private static final class ConcurrentCache<K, V> implements Cache<K, V> {
        private final Map<K, V> map = new ConcurrentHashMap<>();

        @Override
        public boolean containsKey(K key) {
            return map.containsKey(key);
        }

        @Override
        public V get(K key) {
            return map.get(key);
        }

        @Override
        public void put(K key, V value) {
            map.put(key, value);
        }
    }
}
