package org.microcred.enrolment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.SecondMarking;

/**
 * One version of a micro-credential definition as the API shows it. {@code state}: DRAFT, IN_REVIEW, REJECTED (a
 * draft its last review rejected), PUBLISHED or RETIRED; {@code reviews} (the version's review history) with
 * {@code submittedBy} and {@code submittedAt}: for issuer-admins and release-managers on one version's answers (null
 * otherwise: readers learn no staff user id).
 */
public record AchievementView(
        UUID id,
        int version,
        String status,
        String name,
        String description,
        String competencyStatement,
        String criteriaNarrative,
        String achievementType,
        List<EvidencePrompt> evidencePrompts,
        Rubric rubric,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant retiredAt,
        List<Alignment> alignments,
        BigDecimal creditsAvailable,
        String fieldOfStudy,
        String humanCode,
        List<String> tags,
        String imageUrl,
        String inLanguage,
        String level,
        Integer sizeHours,
        Integer validityDays,
        List<LearningResource> learningResources,
        String benchmarkKind,
        ProgressRule progressRule,
        String deliveryMode,
        Integer feedbackTargetDays,
        Integer maxAttempts,
        SecondMarking secondMarking,
        Integer expectedEffortHours,
        String obligations,
        BigDecimal cost,
        String currency,
        String termsVersion,
        String confirmationMode,
        Integer capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        Instant activityStartsAt,
        Instant activityEndsAt,
        Integer inactivityExpiryDays,
        String state,
        String submittedBy,
        Instant submittedAt,
        List<ReviewStepView> reviews,
        boolean releaseGate) {
}
