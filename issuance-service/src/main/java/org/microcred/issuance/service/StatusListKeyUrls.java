package org.microcred.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.repository.StatusListRepository;
import org.microcred.support.background.RepeatingPass;

/**
 * Status lists signed before proofs named key URLs name {@code <issuerId>#<keyId>}. A verifier that fetches a
 * verification method without its fragment (the Digital Credentials Consortium's verifier-core, in the Learner
 * Credential Wallet) reads the whole profile there and cannot check such a list, and with it the status of every
 * credential pointing at it, new ones included (a list fills over many issuances). Lists are otherwise signed again
 * only when a bit changes, so at start each such list is signed again, bits unchanged, with its tenant's ACTIVE key
 * under its key URL. The database selects those lists ({@link StatusListRepository#idsNamingFragmentIds}): a start
 * reads no list that needs nothing. In the background (the service starts regardless; the next start tries again), one list per
 * transaction, row-locked and looked at again under the lock, so replicas starting together sign a list once.
 */
@ApplicationScoped
public class StatusListKeyUrls {

    private static final Logger LOG = Logger.getLogger(StatusListKeyUrls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatusListRepository lists;
    private final StatusLists statusLists;
    private final SigningKeys signingKeys;
    private final Vertx vertx;

    public StatusListKeyUrls(StatusListRepository lists, StatusLists statusLists, SigningKeys signingKeys,
            Vertx vertx) {
        this.lists = lists;
        this.statusLists = statusLists;
        this.signingKeys = signingKeys;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        RepeatingPass.onSafeContext(vertx, this::resignFragmentIds).subscribe().with(
                resigned -> {
                    if (resigned > 0) {
                        LOG.infof("Signed %d status lists again under key URLs (they named <issuerId>#<keyId>)",
                                resigned);
                    }
                },
                failure -> LOG.warn("Status lists naming <issuerId>#<keyId> were not all signed again; the next"
                        + " start tries again", failure));
    }

    /** @return how many lists were signed again */
    public Uni<Integer> resignFragmentIds() {
        return Panache.withSession(lists::idsNamingFragmentIds)
                .chain(ids -> Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(this::resign)
                        .collect().asList())
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> resign(Long id) {
        return Panache.withTransaction(() -> lists.lockById(id).chain(list -> {
            if (list == null || !namesFragmentId(list.document)) {
                return Uni.createFrom().item(false); // signed again meanwhile, by a bit change or another replica
            }
            return signingKeys.active(list.tenantId).map(key -> {
                statusLists.resign(list, key);
                return true;
            });
        }));
    }

    /** Whether a proof of the signed document names its key by a fragment id. */
    static boolean namesFragmentId(String document) {
        JsonNode proofs;
        try {
            proofs = JSON.readTree(document).path("proof");
        } catch (JsonProcessingException e) {
            return false; // not ours to repair here: it is served as stored
        }
        Iterable<JsonNode> each = proofs.isArray() ? proofs : List.of(proofs);
        for (JsonNode proof : each) {
            if (proof.path("verificationMethod").asText("").indexOf('#') >= 0) {
                return true;
            }
        }
        return false;
    }
}
