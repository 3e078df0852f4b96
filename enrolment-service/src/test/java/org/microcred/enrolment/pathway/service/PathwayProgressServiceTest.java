package org.microcred.enrolment.pathway.service;

import org.microcred.enrolment.rest.Approvals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.achievement;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.allOf;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.atLeast;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.pathway;

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
import org.microcred.enrolment.pathway.PathwayProgressItem;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.events.EventCodec;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.support.testing.Tokens;

/** Earned credentials complete pathways exactly once, and progress counts as the rule counts. */
@Tag("servers")
@QuarkusTest
class PathwayProgressServiceTest {

    private static final String TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";

    @Inject
    PathwayProgressService progress;

    @Test
    void allOfWithAnAtLeastGroupCompletesOnceEvenWhenCalledTwice() {
        UUID a = CatalogueFixture.published(ADMIN, "Stack A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Stack B " + UUID.randomUUID());
        UUID c = CatalogueFixture.published(ADMIN, "Stack C " + UUID.randomUUID());
        String name = "Data Analyst " + UUID.randomUUID();
        UUID p = PathwayFixture.published(ADMIN, name, allOf(achievement(a), atLeast(1, achievement(b), achievement(c))));
        String earner = "earner-" + UUID.randomUUID();

        earn(earner, a, UUID.randomUUID());
        PathwayProgress halfway = progressOf(earner, p);
        assertEquals(1, halfway.earned());
        assertEquals(2, halfway.required());
        assertFalse(halfway.complete());
        assertEquals(0, PathwayFixture.completionsOf(p, earner));

        UUID credentialB = UUID.randomUUID();
        earn(earner, b, credentialB);
        earn(earner, b, credentialB);
        earn(earner, c, UUID.randomUUID());
        assertEquals(1, PathwayFixture.completionsOf(p, earner));

        PathwayProgress done = progressOf(earner, p);
        assertEquals(2, done.earned());
        assertEquals(2, done.required());
        assertTrue(done.complete());
        assertEquals(List.of("achievement", "rule"), done.items().stream().map(PathwayProgressItem::kind).toList());
        assertEquals("At least 1 of 2", done.items().get(1).name());

        PathwayCompleted event = completedEvent(p, earner);
        assertEquals(name, event.name());
        assertEquals(1, event.pathwayVersion());
        assertEquals("Certificate", event.achievementType());
        assertEquals("earner@example.org", event.earnerEmail());
        assertTrue(event.components().stream().map(PathwayComponent::credentialId).toList().contains(credentialB));
    }

    @Test
    void nestedPathwaysCompleteTogetherEachOnce() {
        UUID a = CatalogueFixture.published(ADMIN, "Nested A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Nested B " + UUID.randomUUID());
        UUID inner = PathwayFixture.published(ADMIN, "Inner " + UUID.randomUUID(), allOf(achievement(b)));
        UUID outer = PathwayFixture.published(ADMIN, "Outer " + UUID.randomUUID(),
                allOf(achievement(a), pathway(inner)));
        String earner = "earner-" + UUID.randomUUID();

        earn(earner, a, UUID.randomUUID());
        assertEquals(0, PathwayFixture.completionsOf(outer, earner));
        earn(earner, b, UUID.randomUUID());
        assertEquals(1, PathwayFixture.completionsOf(inner, earner));
        assertEquals(1, PathwayFixture.completionsOf(outer, earner));
        assertEquals(2, completedEvent(outer, earner).components().size());

        PathwayProgress outerProgress = progressOf(earner, outer);
        assertEquals("pathway", outerProgress.items().get(1).kind());
        assertTrue(outerProgress.items().get(1).earned());
    }

    @Test
    void publishingAPathwayCompletesItForEarnersWhoAlreadyHoldEnough() {
        UUID a = CatalogueFixture.published(ADMIN, "Early A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Early B " + UUID.randomUUID());
        String earner = "earner-" + UUID.randomUUID();
        earn(earner, a, UUID.randomUUID());
        earn(earner, b, UUID.randomUUID());

        UUID p = PathwayFixture.draft(ADMIN, "Late pathway " + UUID.randomUUID(), allOf(achievement(a), achievement(b)));
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
        Approvals.publish(Tokens.user(ADMIN), "/api/v1/pathways/" + p).then().statusCode(200);
        assertEquals(1, PathwayFixture.completionsOf(p, earner));
        // Publishing again changes nothing.
        given().auth().oauth2(Tokens.user(ADMIN)).post("/api/v1/pathways/" + p + "/publish").then().statusCode(200);
        assertEquals(1, PathwayFixture.completionsOf(p, earner));
    }

    @Test
    void theStackedCredentialShowsOnTheProgress() {
        UUID a = CatalogueFixture.published(ADMIN, "Credential A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Credential pathway " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        earn(earner, a, UUID.randomUUID());
        UUID stacked = UUID.randomUUID();
        run(() -> progress.recordPathwayCredential(TENANT, earner, p, stacked));
        run(() -> progress.recordPathwayCredential(TENANT, earner, p, stacked));
        assertEquals(stacked, progressOf(earner, p).credentialId());
    }

    @Test
    void anotherTenantsCredentialsDoNotCount() {
        UUID a = CatalogueFixture.published(ADMIN, "Tenant A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Tenant pathway " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        run(() -> progress.recordEarned(new EarnedCredential("southport", earner, null, null, a, 1, "A",
                UUID.randomUUID(), Instant.now())));
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
        assertTrue(call(() -> progress.progressFor(TENANT, earner)).isEmpty());
    }

    private void earn(String earner, UUID achievementId, UUID credentialId) {
        run(() -> progress.recordEarned(new EarnedCredential(TENANT, earner, "earner@example.org", "Earner",
                achievementId, 1, "MC " + achievementId, credentialId, Instant.now())));
    }

    private PathwayProgress progressOf(String earner, UUID pathwayId) {
        return call(() -> progress.progressFor(TENANT, earner)).stream()
                .filter(p -> p.pathwayId().equals(pathwayId)).findFirst().orElseThrow();
    }

    private static PathwayCompleted completedEvent(UUID pathwayId, String earner) {
        String json = call(() -> Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT envelope FROM outbox_event WHERE event_type = 'enrolment.pathway.completed'"
                                + " AND record_key = '" + pathwayId + ":" + earner + "'", String.class)
                .getSingleResult())));
        return (PathwayCompleted) EventCodec.decode(json).payload();
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
