package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.config.IssuerDirectory;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.problem.ProblemException;

/** What the REST API reads: a tenant's issued credentials, and the public issuer profiles. */
@ApplicationScoped
public class CredentialQueries {

    private final CredentialRepository credentials;
    private final IssuerDirectory issuers;

    public CredentialQueries(CredentialRepository credentials, IssuerDirectory issuers) {
        this.credentials = credentials;
        this.issuers = issuers;
    }

    @WithSession
    public Uni<IssuedCredential> get(String tenantId, UUID id) {
        return credentials.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id));
    }

    /** Newest first; {@code earnerId} null lists every earner of the tenant. */
    @WithSession
    public Uni<List<IssuedCredential>> list(String tenantId, String earnerId, int limit) {
        return credentials.listInTenant(tenantId, earnerId, limit);
    }

    /**
     * The issuer profile of a tenant that is configured or has issued: a recognizer who follows a
     * credential's issuer id finds it; guessed tenant ids find nothing.
     */
    @WithSession
    public Uni<IssuerProfile> issuer(String tenantId) {
        Uni<Boolean> known = issuers.isConfigured(tenantId)
                ? Uni.createFrom().item(true)
                : credentials.hasIssued(tenantId);
        return known.map(found -> {
            if (!found) {
                throw ProblemException.notFound("Issuer", tenantId);
            }
            return issuers.profileOf(tenantId);
        });
    }
}
