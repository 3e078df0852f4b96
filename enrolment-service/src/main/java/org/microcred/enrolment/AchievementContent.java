package org.microcred.enrolment;

import org.microcred.events.catalogue.AchievementPublished;

/** The content of a version (everything but its identity, status and dates), and its event. */
public final class AchievementContent {

    private AchievementContent() {
    }

    /** Copies the content of {@code from} onto {@code to}: a draft's edit, or a new version's start. */
    public static void copy(Achievement from, Achievement to) {
        to.name = from.name;
        to.description = from.description;
        to.competencyStatement = from.competencyStatement;
        to.criteriaNarrative = from.criteriaNarrative;
        to.achievementType = from.achievementType;
        to.evidencePrompts = from.evidencePrompts;
        to.rubric = from.rubric;
        to.alignments = from.alignments;
        to.creditsAvailable = from.creditsAvailable;
        to.fieldOfStudy = from.fieldOfStudy;
        to.humanCode = from.humanCode;
        to.tags = from.tags;
        to.imageUrl = from.imageUrl;
        to.inLanguage = from.inLanguage;
        to.level = from.level;
        to.sizeHours = from.sizeHours;
        to.validityDays = from.validityDays;
        to.learningResources = from.learningResources;
        to.benchmarkKind = from.benchmarkKind;
        to.progressRule = from.progressRule;
        to.deliveryMode = from.deliveryMode;
        to.feedbackTargetDays = from.feedbackTargetDays;
        to.maxAttempts = from.maxAttempts;
        to.secondMarking = from.secondMarking;
        to.expectedEffortHours = from.expectedEffortHours;
        to.obligations = from.obligations;
        to.cost = from.cost;
        to.currency = from.currency;
        to.termsVersion = from.termsVersion;
        to.confirmationMode = from.confirmationMode;
        to.capacity = from.capacity;
        to.enrolmentOpensAt = from.enrolmentOpensAt;
        to.enrolmentClosesAt = from.enrolmentClosesAt;
        to.activityStartsAt = from.activityStartsAt;
        to.activityEndsAt = from.activityEndsAt;
        to.inactivityExpiryDays = from.inactivityExpiryDays;
        to.releaseGate = from.releaseGate;
    }

    /** The full state of a published version, every field included, for the catalogue topic. */
    public static AchievementPublished toEvent(Achievement a) {
        return new AchievementPublished(a.id, a.version, a.name, a.description, a.competencyStatement,
                a.criteriaNarrative, a.achievementType, a.evidencePrompts, a.rubric, a.publishedAt,
                a.alignments, a.creditsAvailable, a.fieldOfStudy, a.humanCode, a.tags, a.imageUrl, a.inLanguage,
                a.level, a.sizeHours, a.validityDays, a.benchmarkKind, a.progressRule, a.feedbackTargetDays,
                a.maxAttempts, a.secondMarking, a.deliveryMode, a.learningResources, a.releaseGate);
    }
}
