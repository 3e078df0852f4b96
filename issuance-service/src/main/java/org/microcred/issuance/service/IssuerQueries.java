package org.microcred.issuance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.jsonld.IssuerJson;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.StatusList;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.keys.repository.IssuerKeyRepository;
import org.microcred.support.problem.ProblemException;

/** What recognizers read without an account: issuer profiles with their keys, and status lists. */
@ApplicationScoped
public class IssuerQueries {

    private final IssuerDirectory issuers;
    private final IssuerKeyRepository keys;
    private final CredentialRepository credentials;
    private final StatusLists statusLists;

    public IssuerQueries(IssuerDirectory issuers, IssuerKeyRepository keys, CredentialRepository credentials,
            StatusLists statusLists) {
        this.issuers = issuers;
        this.keys = keys;
        this.credentials = credentials;
        this.statusLists = statusLists;
    }

    /**
     * The profile (and controller document) of a tenant that is configured, has keys or has
     * issued: a recognizer who follows a credential's issuer id or verification method finds it;
     * guessed tenant ids find nothing.
     */
    @WithSession
    public Uni<ObjectNode> profile(String tenantId) {
        IssuerProfile profile = issuers.profileOf(tenantId);
        return keys.listInTenant(tenantId).chain(list -> {
            if (!list.isEmpty() || issuers.isConfigured(tenantId)) {
                return Uni.createFrom().item(IssuerJson.document(profile, list));
            }
            return credentials.hasIssued(tenantId).map(issued -> {
                if (!issued) {
                    throw ProblemException.notFound("Issuer", tenantId);
                }
                return IssuerJson.document(profile, list);
            });
        });
    }

    /** One verification method of the issuer, as a document of its own. */
    @WithSession
    public Uni<ObjectNode> key(String tenantId, String keyId) {
        return keys.findInTenant(tenantId, keyId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Issuer key", keyId))
                .map(key -> IssuerJson.verificationMethodDocument(issuers.profileOf(tenantId), key));
    }

    /** A signed status list credential as stored. */
    @WithSession
    public Uni<StatusList> statusList(String tenantId, StatusPurpose purpose, int listNumber) {
        return statusLists.find(tenantId, purpose, listNumber)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Status list",
                        tenantId + "/" + purpose.value() + "/" + listNumber));
    }
}
