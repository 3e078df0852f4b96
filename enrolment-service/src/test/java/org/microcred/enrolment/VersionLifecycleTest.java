package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.support.problem.ProblemException;

/** The lifecycle micro-credentials and pathways share: draft, in review, published, retired, and its refusals. */
class VersionLifecycleTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final VersionLifecycle LIFECYCLE = VersionLifecycle.ACHIEVEMENTS;

    @Test
    void aNewDraftIsTheTenantsWithNothingPublishedYet() {
        Achievement draft = version(1, VersionStatus.PUBLISHED);
        draft.publishedAt = T;
        LIFECYCLE.startDraft(draft, "northbridge", "admin", T);
        assertEquals(VersionStatus.DRAFT, draft.status);
        assertEquals("northbridge", draft.tenantId);
        assertEquals("admin", draft.createdBy);
        assertEquals(T, draft.createdAt);
        assertEquals(T, draft.updatedAt);
        assertNull(draft.publishedAt);
    }

    @Test
    void onlyADraftChanges() {
        LIFECYCLE.requireDraft(ID, version(1, VersionStatus.DRAFT));
        assertConflict("not-a-draft", () -> LIFECYCLE.requireDraft(ID, version(2, VersionStatus.PUBLISHED)));
        ProblemException retired = assertConflict("not-a-draft",
                () -> LIFECYCLE.requireDraft(ID, version(2, VersionStatus.RETIRED)));
        assertTrue(retired.getMessage().contains("POST /api/v1/achievements/" + ID + "/versions"), retired.getMessage());
    }

    @Test
    void publishingADraftMakesItFinalAndPublishingAgainChangesNothing() {
        Achievement draft = version(1, VersionStatus.DRAFT);
        assertTrue(LIFECYCLE.toPublish(ID, draft));
        LIFECYCLE.publish(draft, T);
        assertEquals(VersionStatus.PUBLISHED, draft.status);
        assertEquals(T, draft.publishedAt);
        assertFalse(LIFECYCLE.toPublish(ID, draft), "published already: nothing to do");
    }

    @Test
    void aRetiredDefinitionHasNoDraftToPublish() {
        assertConflict("retired", () -> LIFECYCLE.toPublish(ID, version(1, VersionStatus.RETIRED)));
    }

    @Test
    void aNewVersionStartsOnlyWithoutADraft() {
        LIFECYCLE.requireNoDraft(ID, version(1, VersionStatus.PUBLISHED));
        LIFECYCLE.requireNoDraft(ID, version(1, VersionStatus.RETIRED));
        ProblemException exists = assertConflict("draft-exists",
                () -> LIFECYCLE.requireNoDraft(ID, version(2, VersionStatus.DRAFT)));
        assertTrue(exists.getMessage().contains("Version 2"), exists.getMessage());
        assertEquals(409, LIFECYCLE.draftExists(ID).status());
    }

    @Test
    void retiringRetiresEveryPublishedVersionLeavesTheDraftAndAnswersTheNewestRetired() {
        Achievement v1 = version(1, VersionStatus.PUBLISHED);
        Achievement v2 = version(2, VersionStatus.PUBLISHED);
        Achievement v3 = version(3, VersionStatus.DRAFT);
        assertSame(v2, LIFECYCLE.retire(ID, List.of(v1, v2, v3), T));
        assertEquals(List.of(VersionStatus.RETIRED, VersionStatus.RETIRED, VersionStatus.DRAFT),
                List.of(v1.status, v2.status, v3.status));
        assertEquals(T, v1.retiredAt);
        assertSame(v2, LIFECYCLE.retire(ID, List.of(v1, v2, v3), T.plusSeconds(60)), "again: unchanged");
        assertEquals(T, v2.retiredAt);
    }

    @Test
    void whatWasNeverPublishedCannotBeRetired() {
        assertConflict("not-published", () -> LIFECYCLE.retire(ID, List.of(version(1, VersionStatus.DRAFT)), T));
    }

    @Test
    void pathwaysFollowTheSameRulesUnderTheirOwnName() {
        Pathway draft = new Pathway();
        draft.version = 1;
        draft.status = VersionStatus.DRAFT;
        ProblemException exists = assertConflict("draft-exists",
                () -> VersionLifecycle.PATHWAYS.requireNoDraft(ID, draft));
        assertTrue(exists.getMessage().contains("PUT /api/v1/pathways/" + ID), exists.getMessage());
        VersionLifecycle.PATHWAYS.publish(draft, T);
        assertConflict("not-a-draft", () -> VersionLifecycle.PATHWAYS.requireDraft(ID, draft));
    }

    @Test
    void draftsAreVisibleToIssuerAdminsOnlyAndAMissingVersionIsA404() {
        Achievement draft = version(2, VersionStatus.DRAFT);
        Achievement published = version(1, VersionStatus.PUBLISHED);
        assertSame(draft, LIFECYCLE.visibleVersion(ID, 2, draft, true));
        assertSame(published, LIFECYCLE.visibleVersion(ID, 1, published, false));
        for (ProblemException hidden : List.of(
                assertThrows(ProblemException.class, () -> LIFECYCLE.visibleVersion(ID, 2, draft, false)),
                assertThrows(ProblemException.class, () -> LIFECYCLE.visibleVersion(ID, 3, null, true)))) {
            assertEquals(404, hidden.status());
            assertTrue(hidden.getMessage().startsWith("Micro-credential version " + ID + "/"), hidden.getMessage());
        }
    }

    @Test
    void aSubmittedDraftIsInReviewNoLongerEditableAndSubmittingAgainChangesNothing() {
        Achievement draft = version(1, VersionStatus.DRAFT);
        draft.rejectedAt = T;
        assertTrue(LIFECYCLE.submit(ID, draft, "admin", T));
        assertEquals(VersionStatus.IN_REVIEW, draft.status);
        assertEquals("admin", draft.submittedBy);
        assertEquals(T, draft.submittedAt);
        assertNull(draft.rejectedAt, "no longer shown as rejected");
        assertEquals("IN_REVIEW", draft.state());
        assertFalse(LIFECYCLE.submit(ID, draft, "other", T.plusSeconds(1)), "again: unchanged");
        assertEquals("admin", draft.submittedBy);

        ProblemException inReview = assertConflict("in-review", () -> LIFECYCLE.requireDraft(ID, draft));
        assertTrue(inReview.getMessage().contains("/api/v1/achievements/" + ID + "/withdraw"), inReview.getMessage());
        assertConflict("draft-exists", () -> LIFECYCLE.requireNoDraft(ID, draft));
        assertConflict("in-review", () -> LIFECYCLE.toPublish(ID, draft));
        assertConflict("not-a-draft", () -> LIFECYCLE.submit(ID, version(2, VersionStatus.PUBLISHED), "admin", T));
    }

    @Test
    void withdrawingTakesAVersionInReviewBackToADraft() {
        Achievement draft = version(1, VersionStatus.DRAFT);
        assertFalse(LIFECYCLE.withdraw(ID, draft, T), "a draft already: unchanged");
        LIFECYCLE.submit(ID, draft, "admin", T);
        assertTrue(LIFECYCLE.withdraw(ID, draft, T));
        assertEquals(VersionStatus.DRAFT, draft.status);
        assertConflict("not-in-review", () -> LIFECYCLE.withdraw(ID, version(1, VersionStatus.PUBLISHED), T));
    }

    @Test
    void onlyAVersionInReviewIsDecidedAndNeverByItsCreatorOrSubmitter() {
        ProblemException draft = assertConflict("not-in-review",
                () -> LIFECYCLE.requireInReview(ID, version(1, VersionStatus.DRAFT)));
        assertTrue(draft.getMessage().contains("/api/v1/achievements/" + ID + "/submit"), draft.getMessage());
        assertConflict("not-in-review", () -> LIFECYCLE.requireInReview(ID, version(1, VersionStatus.PUBLISHED)));

        Achievement inReview = version(1, VersionStatus.DRAFT);
        inReview.createdBy = "author";
        LIFECYCLE.submit(ID, inReview, "submitter", T);
        LIFECYCLE.requireInReview(ID, inReview);
        for (String own : List.of("author", "submitter")) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> LIFECYCLE.requireOtherReviewer(ID, inReview, own));
            assertEquals(403, refused.status());
            assertTrue(refused.toProblem("/").type().endsWith("/own-draft"));
        }
        LIFECYCLE.requireOtherReviewer(ID, inReview, "release-manager");
    }

    @Test
    void aReviewAnswersTheCurrentSubmissionOrIsStale() {
        Achievement inReview = version(1, VersionStatus.DRAFT);
        Instant first = Instant.parse("2026-03-01T10:00:00.123456789Z");
        LIFECYCLE.submit(ID, inReview, "admin", first);
        LIFECYCLE.requireSubmission(ID, inReview, null);  // the request does not say: the one in review now
        LIFECYCLE.requireSubmission(ID, inReview, first);
        // As the view showed it after a round trip through the database: to the microsecond.
        LIFECYCLE.requireSubmission(ID, inReview, Instant.parse("2026-03-01T10:00:00.123456Z"));

        LIFECYCLE.withdraw(ID, inReview, first.plusSeconds(60));
        LIFECYCLE.submit(ID, inReview, "admin", first.plusSeconds(120));
        ProblemException stale = assertConflict("review-stale",
                () -> LIFECYCLE.requireSubmission(ID, inReview, first));
        assertTrue(stale.getMessage().contains("GET /api/v1/achievements/" + ID), stale.getMessage());
        assertConflict("review-stale", () -> LIFECYCLE.requireSubmission(ID, inReview, first.plusNanos(1000)));
    }

    @Test
    void aRejectedVersionIsAnEditableDraftShownAsRejected() {
        Achievement version = version(1, VersionStatus.DRAFT);
        LIFECYCLE.submit(ID, version, "admin", T);
        LIFECYCLE.reject(version, T.plusSeconds(60));
        assertEquals(VersionStatus.DRAFT, version.status);
        assertEquals("REJECTED", version.state());
        LIFECYCLE.requireDraft(ID, version);
        assertTrue(LIFECYCLE.toPublish(ID, version));
    }

    @Test
    void theGateRefusesDirectPublicationAndRetirementByAnIssuerAdmin() {
        LIFECYCLE.requireNoApproval(ID, false);
        ProblemException required = assertConflict("approval-required", () -> LIFECYCLE.requireNoApproval(ID, true));
        assertTrue(required.getMessage().contains("POST /api/v1/achievements/" + ID + "/submit"), required.getMessage());
        LIFECYCLE.requireRetirer(ID, false, false);
        LIFECYCLE.requireRetirer(ID, true, true);
        ProblemException retirer = assertThrows(ProblemException.class, () -> LIFECYCLE.requireRetirer(ID, true, false));
        assertEquals(403, retirer.status());
        assertTrue(retirer.toProblem("/").type().endsWith("/release-manager-required"));
    }

    @Test
    void versionsInReviewAreHiddenFromReadersLikeDrafts() {
        Achievement inReview = version(2, VersionStatus.IN_REVIEW);
        assertSame(inReview, LIFECYCLE.visibleVersion(ID, 2, inReview, true));
        assertEquals(404, assertThrows(ProblemException.class,
                () -> LIFECYCLE.visibleVersion(ID, 2, inReview, false)).status());
    }

    private static Achievement version(int number, VersionStatus status) {
        Achievement a = new Achievement();
        a.id = ID;
        a.version = number;
        a.status = status;
        return a;
    }

    private static ProblemException assertConflict(String slug, Runnable transition) {
        ProblemException problem = assertThrows(ProblemException.class, transition::run);
        assertEquals(409, problem.status());
        assertTrue(problem.toProblem("/").type().endsWith("/" + slug), problem.toProblem("/").type());
        return problem;
    }
}
