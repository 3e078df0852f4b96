package org.microcred.credentials.dataintegrity;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.contexts.ActiveContexts;

/**
 * JSON-LD to canonical N-Quads (RDF Dataset Canonicalization, RDFC-1.0, SHA-256) with the bundled contexts only,
 * in JSON-LD safe mode. Expansion starts from the processed context of the document's {@code @context}
 * ({@link ActiveContexts}), so the contexts themselves are processed once per process, not once per document.
 * One canonicalisation is bounded in time; all those of a request together are bounded by the
 * {@link CanonicalizationBudget} in force, if any, in N-Quads and time. Thread-safe.
 */
public final class Canonicalizer {

    /**
     * A bound on canonicalisation time: RDFC-1.0 is exponential on crafted blank-node graphs ("poison graphs");
     * a credential takes well under a millisecond.
     */
    static final long MAX_CANONICALIZATION_MILLIS = 1_000;

    private static final JsonProvider JSON = JsonProvider.provider();

    private final ActiveContexts contexts;

    public Canonicalizer() {
        this(ActiveContexts.shared());
    }

    /** A canonicalizer reading its contexts from {@code contexts} (tests that supply a context at run time). */
    public Canonicalizer(ActiveContexts contexts) {
        this.contexts = contexts;
    }

    /** The canonical N-Quads of a JSON-LD document (an object with its {@code @context}). */
    public String canonicalNQuads(JsonObject document) {
        CanonicalizationBudget budget = CanonicalizationBudget.current();
        if (budget == null) {
            return canonicalize(document, null, 0);
        }
        long start = budget.begin();
        try {
            return canonicalize(document, budget, start);
        } finally {
            budget.end(start);
        }
    }

    private String canonicalize(JsonObject document, CanonicalizationBudget budget, long start) {
        JsonArray expanded = SafeExpansion.check(expand(document));
        try {
            RdfCanon canon = RdfCanon.create(sha256(), ticker(budget, start));
            JsonLdToRdf.with(NodeMapBuilder.with(expanded, new NodeMap()).build())
                    .produceGeneralizedRdf(false)
                    .uriValidation(UriValidationPolicy.SchemeOnly)
                    .provide(budget == null ? canon : counted(canon, budget));
            StringWriter nquads = new StringWriter(8192);
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (CredentialException e) {
            throw e;
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("writing N-Quads to memory failed", e);
        } catch (IllegalStateException e) {
            throw new CredentialException("too-complex", "The credential's graph is too complex to canonicalize", e);
        }
    }

    /** The step's own time limit, and the request's time budget when there is one. */
    private static RdfCanonTicker ticker(CanonicalizationBudget budget, long start) {
        RdfCanonTicker step = new RdfCanonTimeTicker(MAX_CANONICALIZATION_MILLIS);
        return budget == null ? step : () -> {
            step.tick();
            budget.requireTimeLeft(start);
        };
    }

    /**
     * Quads counted as they are produced, before RDFC-1.0 sees them: a document too large for the budget is refused
     * before the costly part (labelling its blank nodes) starts.
     */
    private static RdfQuadConsumer counted(RdfQuadConsumer canon, CanonicalizationBudget budget) {
        return new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype,
                    String language, String direction, String graph) throws RdfConsumerException {
                budget.chargeQuad();
                canon.quad(subject, predicate, object, datatype, language, direction, graph);
                return this;
            }
        };
    }

    /** SHA-256 of the canonical N-Quads. */
    public byte[] hash(JsonObject document) {
        return sha256().digest(canonicalNQuads(document).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code SHA-256(canonical proof configuration) || SHA-256(canonical document)}: what a Data Integrity
     * signature of the RDFC family covers ({@code eddsa-rdfc-2022}, and {@code Ed25519Signature2020}, which
     * computes it the same way). The proof configuration is the proof without its {@code proofValue}, with the
     * document's {@code @context}.
     *
     * @param unsecured    the document without its proof
     * @param proofOptions the proof (its {@code proofValue}, if any, is left out)
     */
    public byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        JsonObjectBuilder config = JSON.createObjectBuilder(proofOptions).remove("proofValue");
        JsonValue context = unsecured.get("@context");
        if (context == null) {
            throw new CredentialException("missing-context", "The credential has no @context");
        }
        config.add("@context", context);
        byte[] proofConfigHash = hash(config.build());
        byte[] documentHash = hash(unsecured);
        byte[] hashData = new byte[proofConfigHash.length + documentHash.length];
        System.arraycopy(proofConfigHash, 0, hashData, 0, proofConfigHash.length);
        System.arraycopy(documentHash, 0, hashData, proofConfigHash.length, documentHash.length);
        return hashData;
    }

    private JsonArray expand(JsonObject document) {
        JsonValue localContext = document.get("@context");
        if (localContext == null) {
            throw new CredentialException("missing-context", "The credential has no @context");
        }
        try {
            ActiveContext active = contexts.of(localContext);
            // The document's own @context is what `active` was made from: expand the rest from there.
            JsonObject body = JSON.createObjectBuilder(document).remove("@context").build();
            JsonValue expanded = Expansion.with(active, body, null, null).ordered(false).compute();
            if (expanded.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject object = expanded.asJsonObject();
                if (object.size() == 1 && object.containsKey("@graph")) {
                    expanded = object.get("@graph");
                }
            }
            if (expanded.getValueType() == JsonValue.ValueType.NULL) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            return expanded.getValueType() == JsonValue.ValueType.ARRAY
                    ? expanded.asJsonArray()
                    : JSON.createArrayBuilder().add(expanded).build();
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (CredentialException e) {
            throw e;
        } catch (RuntimeException e) {
            // titanium assumes well-formed JSON-LD in places (casts); bad input must not surface as a 500
            throw new CredentialException("invalid-json-ld", "The credential is not valid JSON-LD: " + e, e);
        }
    }

    /** titanium's errors as the library's problems; a CredentialException from the loader passes through. */
    private static CredentialException translate(JsonLdError error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CredentialException credential) {
                return credential;
            }
            if (cause instanceof JsonLdError jsonLd && jsonLd.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
                return new CredentialException("undefined-term", "The credential uses a term that its contexts do "
                        + "not define: " + termOf(jsonLd.getMessage()), error);
            }
        }
        return new CredentialException("invalid-json-ld", "The credential is not valid JSON-LD: "
                + error.getCode() + " " + error.getMessage(), error);
    }

    /** titanium says "An undefined term has been found [name]. Change policy ...": keep the name. */
    private static String termOf(String message) {
        int open = message == null ? -1 : message.indexOf('[');
        int close = open < 0 ? -1 : message.indexOf(']', open);
        return close > open ? message.substring(open + 1, close) : String.valueOf(message);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
