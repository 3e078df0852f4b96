package org.microcred.wallet.presentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.verification.CostMeter;

/**
 * The life of a presentation request: a recognizer makes it; a wallet app reads what is asked and answers with a
 * presentation, or a signed-in earner answers from this wallet with the credentials they approve; the creator reads
 * the result with its result token. Answered once (the answer is stored under a row lock, so of two answers at once
 * the second is refused 409); expired after its lifetime (410); deleted by {@link PresentationCleanup} after a grace.
 * A refused answer (a failed DID authentication, a credential not asked for) leaves the request open.
 */
@ApplicationScoped
public class PresentationRequests {

    private static final Logger LOG = Logger.getLogger(PresentationRequests.class);

    private final PresentationRequestRepository store;
    private final PresentationVerification verification;
    private final PresentationRequestConfig config;
    private final Vertx vertx;

    public PresentationRequests(PresentationRequestRepository store, PresentationVerification verification,
            PresentationRequestConfig config, Vertx vertx) {
        this.store = store;
        this.verification = verification;
        this.config = config;
        this.vertx = vertx;
    }

    /** What the creator gets back once: the id (in the links) and the result token; only their hashes are kept. */
    public record Created(String id, String resultToken, PresentationRequest request) {
    }

    /** A pending request and what it asks, for the earner's view. */
    public record Matching(PresentationRequest request, List<WalletCredential> credentials) {
    }

    public Uni<Created> create(PresentationQuery query, String domain, String redirectUrl) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = CapabilityValues.newValue();
        String resultToken = CapabilityValues.newValue();
        PresentationRequest request = new PresentationRequest();
        request.idHash = CapabilityValues.sha256(id);
        request.resultTokenHash = CapabilityValues.sha256(resultToken);
        request.achievementId = query.achievementId();
        request.issuerId = query.issuerId();
        request.reason = query.reason();
        request.domain = domain;
        request.challenge = CapabilityValues.newValue();
        request.redirectUrl = redirectUrl;
        request.createdAt = now;
        request.expiresAt = now.plus(config.lifetime());
        return Panache.withTransaction(() -> store.persist(request))
                .invoke(() -> LOG.infof("Presentation request made, asking for %s", query.achievementId() != null
                        ? "achievement " + query.achievementId() : "a credential of issuer " + query.issuerId()))
                .replaceWith(new Created(id, resultToken, request));
    }

    /** The request if it can be answered now; 404 for an unknown id, 409 answered, 410 expired. */
    public Uni<PresentationRequest> open(String id) {
        return Panache.withSession(() -> store.find(CapabilityValues.sha256(id)))
                .map(request -> pending(request, Instant.now()));
    }

    /** A wallet app's answer: its presentation checked and verified, then stored as the result. */
    public Uni<PresentationRequest> answerFromWalletApp(String id, JsonNode presentation, CostMeter meter) {
        return open(id).chain(request -> vertx.executeBlocking(() -> verification.walletApp(presentation,
                        request.query(), request.challenge, request.domain, meter), false))
                .chain(result -> record(id, result));
    }

    /** A signed-in earner's pending request and which of their credentials match it. */
    public Uni<Matching> forEarner(String id, String tenantId, String earnerId) {
        return open(id).chain(request -> Panache.withSession(() -> store.earnersCredentials(tenantId, earnerId))
                .map(all -> new Matching(request, all.stream()
                        .filter(c -> request.query().matches(read(c.document))).toList())));
    }

    /** A signed-in earner shares exactly the credentials they approved (their own, stored; each must match). */
    public Uni<PresentationRequest> answerFromEarner(String id, String tenantId, String earnerId,
            List<UUID> credentialIds) {
        List<UUID> approved = List.copyOf(new LinkedHashSet<>(credentialIds));
        if (approved.isEmpty() || approved.size() > config.maxCredentials()) {
            throw ProblemException.invalid("credentialIds", "between 1 and " + config.maxCredentials()
                    + " of your credentials");
        }
        return forEarner(id, tenantId, earnerId).chain(matching -> {
            List<JsonNode> documents = new ArrayList<>();
            for (UUID credentialId : approved) {
                WalletCredential credential = matching.credentials().stream()
                        .filter(c -> c.id.equals(credentialId)).findFirst()
                        .orElseThrow(() -> ProblemException.invalid("credentialIds", "credential " + credentialId
                                + " is not one of your credentials that this request asks for"));
                documents.add(read(credential.document));
            }
            return vertx.executeBlocking(() -> verification.signedInEarner(documents, matching.request().query()),
                    false);
        }).chain(result -> record(id, result));
    }

    /** The request of a result token, with its status as of now; 404 for a token that is not one. */
    public Uni<PresentationRequest> byResultToken(String resultToken) {
        return Panache.withSession(() -> store.findByResultToken(CapabilityValues.sha256(resultToken)))
                .map(request -> {
                    if (request == null || Instant.now().isAfter(request.expiresAt.plus(config.resultGrace()))) {
                        throw ProblemException.notFound("Presentation result", "given");
                    }
                    return request;
                });
    }

    public static PresentationResult resultOf(PresentationRequest request) {
        if (request.result == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readValue(request.result, PresentationResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored result is JSON", e);
        }
    }

    private Uni<PresentationRequest> record(String id, PresentationResult result) {
        return Panache.withTransaction(() -> store.lock(CapabilityValues.sha256(id)).map(request -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            pending(request, now);
            request.answeredAt = now;
            request.answeredBy = result.answeredBy();
            request.result = write(result);
            LOG.infof("Presentation request answered by a %s with %d credentials", result.answeredBy(),
                    result.credentials().size());
            return request;
        }));
    }

    private static PresentationRequest pending(PresentationRequest request, Instant now) {
        if (request == null) {
            throw ProblemException.notFound("Presentation request", "given");
        }
        return switch (request.statusAt(now)) {
            case PENDING -> request;
            case ANSWERED -> throw ProblemException.conflict("presentation-request-answered",
                    "This presentation request has been answered already: it is answered once");
            case EXPIRED -> throw new ProblemException(410, "presentation-request-expired",
                    "Presentation request expired", "This presentation request has expired; ask the recognizer"
                    + " for a new one");
        };
    }

    private static JsonNode read(String document) {
        try {
            return EventCodec.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored credential is JSON", e);
        }
    }

    private static String write(PresentationResult result) {
        try {
            return EventCodec.mapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result is always writable", e);
        }
    }
}
