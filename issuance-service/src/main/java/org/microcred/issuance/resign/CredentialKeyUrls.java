package org.microcred.issuance.resign;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.resign.CredentialResigner.Outcome;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.metrics.CommittedCounts;
import org.microcred.support.outbox.Outbox;

/**
 * Credentials issued before proofs named key URLs name their key {@code <issuerId>#<keyId>}; the Learner Credential
 * Wallet's verifier (DCC's verifier-core) fetches that without its fragment, reads the whole issuer profile as the key
 * and fails them. Passes in the background sign them again under the key URL ({@link CredentialResigner}) and announce
 * each ({@code credential.resigned}, in the same transaction through the outbox), so the wallet replaces what the
 * earner downloads and shares.
 *
 * <p>A pass takes up to {@code microcred.resign.batch} of them in one transaction, row-locked {@code FOR UPDATE SKIP
 * LOCKED}: replicas running passes at once take different rows, and a credential signed again no longer matches, so
 * none is signed twice. A full batch is followed at once by the next; then a pass every
 * {@code microcred.resign.interval}. After each pass the number left is logged and kept in the gauge
 * {@code microcred.credentials.resign.remaining}.
 */
@ApplicationScoped
public class CredentialKeyUrls {

    private static final Logger LOG = Logger.getLogger(CredentialKeyUrls.class);

    /** What one pass did. */
    public record Pass(int resigned, int skipped, long remaining) {

        int looked() {
            return resigned + skipped;
        }
    }

    private final FragmentProofCredentials pending;
    private final CredentialResigner resigner;
    private final IssuerDirectory issuers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AuditActors actors;
    private final CommittedCounts counts;
    private final ResignConfig config;
    private final Vertx vertx;
    private final RepeatingPass passes;
    /** As of the last pass; NaN before the first. */
    private volatile double remaining = Double.NaN;

    public CredentialKeyUrls(FragmentProofCredentials pending, CredentialResigner resigner, IssuerDirectory issuers,
            Outbox outbox, AuditTrail audit, AuditActors actors, CommittedCounts counts, ResignConfig config,
            MeterRegistry registry, Vertx vertx) {
        this.pending = pending;
        this.resigner = resigner;
        this.issuers = issuers;
        this.outbox = outbox;
        this.audit = audit;
        this.actors = actors;
        this.counts = counts;
        this.config = config;
        this.vertx = vertx;
        this.passes = new RepeatingPass(vertx, "Credential key URLs", () -> pass().map(Pass::looked),
                looked -> looked >= config.batch(), config.interval(), config.interval());
        Gauge.builder("microcred.credentials.resign.remaining", this, urls -> urls.remaining)
                .description("Credentials whose proof still names <issuerId>#<keyId>, as of the last pass")
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (config.enabled()) {
            passes.start(config.firstDelay());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass, on a context of its own as a background pass has: tests call it directly. */
    public Uni<Pass> runOnce() {
        return RepeatingPass.onSafeContext(vertx, this::pass);
    }

    private Uni<Pass> pass() {
        // A unit of work for AfterCommit: the outbox wakes its relay, and counters count, once the batch committed.
        AfterCommit.begin();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> pending.lockBatch(config.batch())
                        .chain(batch -> Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(credential -> resigner.resign(credential, now))
                                .collect().asList())
                        .call(outcomes -> announce(outcomes, now)))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .chain(outcomes -> Panache.withSession(pending::countPending).map(left -> new Pass(
                        (int) outcomes.stream().filter(Outcome::resigned).count(),
                        (int) outcomes.stream().filter(outcome -> !outcome.resigned()).count(), left)))
                .invoke(this::report);
    }

    /**
     * After all of the batch is signed, so the tenants' audit chain heads (locked from a tenant's first record to the
     * commit) wait for writes only, not for signatures.
     */
    private Uni<Void> announce(List<Outcome> outcomes, Instant now) {
        return Multi.createFrom().iterable(outcomes).filter(Outcome::resigned)
                .onItem().transformToUniAndConcatenate(outcome -> announce(outcome, now))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> announce(Outcome outcome, Instant now) {
        IssuedCredential credential = outcome.credential();
        String keyUrl = issuers.verificationMethod(credential.tenantId, credential.signedWith);
        CredentialResigned event = new CredentialResigned(credential.id, credential.earnerId, credential.document,
                credential.credentialJwt, keyUrl, now);
        // Keyed by earner as credential.issued is: the wallet sees it after the credential itself.
        return outbox.add(credential.tenantId, credential.earnerId, credential.earnerId, event)
                .call(() -> audit.record(actors.service(), credential.tenantId, "credential.resigned", "credential",
                        credential.id.toString(),
                        AuditState.of("verificationMethod", outcome.previousMethod(),
                                "signedWith", outcome.previousKeyId()),
                        AuditState.of("verificationMethod", keyUrl, "signedWith", credential.signedWith)))
                .invoke(() -> counts.increment("microcred.credentials.resigned", "tenant", credential.tenantId))
                .replaceWithVoid();
    }

    private void report(Pass pass) {
        remaining = pass.remaining();
        if (pass.looked() > 0 || pass.remaining() > 0) {
            LOG.infof("Signed %d credentials again under key URLs (%d left as they are, see resign_skipped);"
                    + " %d still name <issuerId>#<keyId>", pass.resigned(), pass.skipped(), pass.remaining());
        }
    }
}
