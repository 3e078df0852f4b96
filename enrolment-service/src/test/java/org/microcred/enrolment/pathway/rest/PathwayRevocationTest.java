package org.microcred.enrolment.pathway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.achievement;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.allOf;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.EarnedCredential;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.service.CredentialStatusProjector;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialStatusChanged;

/**
 * Revoked credentials no longer count toward pathways; suspended ones still do; a pathway already
 * completed stays completed (its stacked credential is the institution's to revoke).
 */
@Tag("servers")
@QuarkusTest
class PathwayRevocationTest {

    private static final String TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";

    @Inject
    PathwayProgressService progress;

    @Inject
    CredentialStatusProjector statuses;

    @Test
    void aRevokedCredentialNoLongerCountsUntilTheMicroCredentialIsEarnedAgain() {
        UUID a = CatalogueFixture.published(ADMIN, "Revoked A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Revoked B " + UUID.randomUUID());
        UUID c = CatalogueFixture.published(ADMIN, "Revoked C " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Three " + UUID.randomUUID(),
                allOf(achievement(a), achievement(b), achievement(c)));
        String earner = "earner-" + UUID.randomUUID();
        UUID credentialA = UUID.randomUUID();
        earn(earner, a, credentialA);
        earn(earner, b, UUID.randomUUID());
        assertEquals(2, progressOf(earner, p).earned());

        change(earner, credentialA, "REVOKED", Instant.now());
        PathwayProgress afterRevocation = progressOf(earner, p);
        assertEquals(1, afterRevocation.earned());
        assertFalse(afterRevocation.items().get(0).earned(), "the revoked item no longer counts");

        earn(earner, c, UUID.randomUUID());
        assertEquals(0, PathwayFixture.completionsOf(p, earner), "A is revoked: not complete");
        earn(earner, a, UUID.randomUUID());
        assertEquals(1, PathwayFixture.completionsOf(p, earner), "earned again: complete");
        assertTrue(progressOf(earner, p).complete());
    }

    @Test
    void aSuspendedCredentialStillCounts() {
        UUID a = CatalogueFixture.published(ADMIN, "Suspended A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Suspended B " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Two " + UUID.randomUUID(), allOf(achievement(a), achievement(b)));
        String earner = "earner-" + UUID.randomUUID();
        UUID credentialA = UUID.randomUUID();
        earn(earner, a, credentialA);
        change(earner, credentialA, "SUSPENDED", Instant.now());
        earn(earner, b, UUID.randomUUID());
        assertEquals(1, PathwayFixture.completionsOf(p, earner));
    }

    @Test
    void aRevocationThatArrivesBeforeItsCredentialIsHeldToo() {
        UUID a = CatalogueFixture.published(ADMIN, "Early revocation " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Early " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID credential = UUID.randomUUID();
        change(earner, credential, "REVOKED", Instant.now());
        earn(earner, a, credential);
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
    }

    @Test
    void aCompletedPathwayStaysCompletedWhenAComponentIsRevoked() {
        UUID a = CatalogueFixture.published(ADMIN, "Stays A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Stays " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID credentialA = UUID.randomUUID();
        earn(earner, a, credentialA);
        UUID stacked = UUID.randomUUID();
        run(() -> progress.recordPathwayCredential(TENANT, earner, p, stacked));

        change(earner, credentialA, "REVOKED", Instant.now());
        PathwayProgress after = progressOf(earner, p);
        assertTrue(after.complete(), "completed once, complete for good");
        assertEquals(0, after.earned(), "the revoked component shows as not held");
        assertEquals("ACTIVE", after.credentialStatus(), "the stacked credential is the institution's to revoke");
        assertEquals(1, PathwayFixture.completionsOf(p, earner));

        change(earner, stacked, "REVOKED", Instant.now());
        assertEquals("REVOKED", progressOf(earner, p).credentialStatus());
    }

    private void change(String earner, UUID credentialId, String status, Instant at) {
        CredentialStatusChanged changed = new CredentialStatusChanged(credentialId, null, earner, status, "test",
                "admin", at);
        run(() -> statuses.apply(EventEnvelope.wrap(changed, TENANT, credentialId.toString(), at, null), changed));
    }

    private void earn(String earner, UUID achievementId, UUID credentialId) {
        run(() -> progress.recordEarned(new EarnedCredential(TENANT, earner, "earner@example.org", "Earner",
                achievementId, 1, "MC " + achievementId, credentialId, Instant.now())));
    }

    private PathwayProgress progressOf(String earner, UUID pathwayId) {
        List<PathwayProgress> all = call(() -> progress.progressFor(TENANT, earner));
        return all.stream().filter(p -> p.pathwayId().equals(pathwayId)).findFirst()
                .orElseThrow(() -> new AssertionError("pathway " + pathwayId + " not shown: " + all));
    }

    private static void run(Supplier<Uni<Void>> work) {
        call(() -> Panache.withTransaction(work));
    }

    private static <T> T call(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
