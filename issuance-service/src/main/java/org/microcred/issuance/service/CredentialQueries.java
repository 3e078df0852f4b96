package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.problem.ProblemException;

/** What the admin API reads: a tenant's issued credentials. */
@ApplicationScoped
public class CredentialQueries {

    private final CredentialRepository credentials;

    public CredentialQueries(CredentialRepository credentials) {
        this.credentials = credentials;
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
}
