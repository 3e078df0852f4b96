package org.microcred.issuance.capability;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.support.background.RepeatingPass;

/**
 * Deletes the one-use capabilities of wallet delivery (OpenID4VCI offers, sign-ins, codes, access tokens and nonces;
 * VC-API exchanges) once they are {@link CleanupConfig#keep()} past their expiry. A background pass, not the requests
 * that write new ones: issue 16's benchmark found the requests' own clean-up (a DELETE per table on every offer and
 * nonce) among the costliest parts of a delivery. Replicas may run passes at once: each takes rows {@code FOR UPDATE
 * SKIP LOCKED}, so they delete different rows and never wait for each other.
 */
@ApplicationScoped
public class ExpiredCapabilities {

    private static final Logger LOG = Logger.getLogger(ExpiredCapabilities.class);

    /** Each table's key; every one has an {@code expires_at} column and an index on it. */
    private record Table(String name, String key) {
    }

    private static final List<Table> TABLES = List.of(new Table("oid4vci_nonce", "nonce"),
            new Table("oid4vci_access_token", "token_hash"), new Table("oid4vci_offer", "id_hash"),
            new Table("oid4vci_authorization", "state_hash"), new Table("oid4vci_authorization_code", "code_hash"),
            new Table("vcapi_exchange", "id_hash"));

    private final CleanupConfig config;
    private final Vertx vertx;
    private final RepeatingPass passes;

    public ExpiredCapabilities(CleanupConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.passes = new RepeatingPass(vertx, "Expired capability cleanup", () -> pass(Instant.now()),
                // More may be waiting if any table gave a full batch.
                deleted -> deleted >= config.batch(), config.interval(), config.interval());
    }

    void start(@Observes StartupEvent started) {
        if (config.enabled()) {
            passes.start(config.interval());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass as of {@code now}: answers the most rows it deleted from one table. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        Instant before = now.minus(config.keep());
        return Panache.withTransaction(() -> Multi.createFrom().iterable(TABLES)
                        .onItem().transformToUniAndConcatenate(table -> delete(table, before))
                        .collect().asList())
                .map(counts -> {
                    int total = counts.stream().mapToInt(Integer::intValue).sum();
                    if (total > 0) {
                        LOG.debugf("Deleted %d expired capabilities (per table: %s)", total, counts);
                    }
                    return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
                });
    }

    private Uni<Integer> delete(Table table, Instant before) {
        // The table and key names are the constants above, never input.
        return Panache.getSession().chain(session -> session.createNativeQuery("DELETE FROM " + table.name()
                        + " WHERE " + table.key() + " IN (SELECT " + table.key() + " FROM " + table.name()
                        + " WHERE expires_at < :before LIMIT " + config.batch() + " FOR UPDATE SKIP LOCKED)")
                .setParameter("before", before).executeUpdate());
    }
}
