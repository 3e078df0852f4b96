package org.microcred.enrolment.rest;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.PromptRules;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.catalogue.SecondMarking;

/**
 * Between the catalogue's API records and its entity. Null-tolerant, because the cross-field check
 * maps a request that may still have field-level problems; the contract's defaults are filled here.
 */
final class CatalogueMapper {

    private CatalogueMapper() {
    }

    static Achievement toEntity(AchievementRequest request) {
        Achievement a = new Achievement();
        a.name = request.name();
        a.description = request.description();
        a.competencyStatement = request.competencyStatement();
        a.criteriaNarrative = request.criteriaNarrative();
        a.achievementType = "MicroCredential";
        a.evidencePrompts = request.evidencePrompts() == null ? List.of() : map(request.evidencePrompts(),
                CatalogueMapper::prompt);
        a.rubric = request.rubric() == null || request.rubric().criteria() == null ? null
                : new Rubric(map(request.rubric().criteria(), c -> new RubricCriterion(c.id(), c.name(),
                        c.description(), c.levels() == null ? List.of() : map(c.levels(), CatalogueMapper::level),
                        c.requiredLevelId(), c.weight())));
        a.alignments = request.alignments() == null ? null : map(request.alignments(),
                t -> new Alignment(t.targetName(), t.targetUrl(), t.targetDescription(), t.targetFramework(),
                        t.targetCode(), t.targetType()));
        a.creditsAvailable = request.creditsAvailable();
        a.fieldOfStudy = request.fieldOfStudy();
        a.humanCode = request.humanCode();
        a.tags = request.tags() == null ? null : request.tags().stream().toList();
        a.imageUrl = request.imageUrl();
        a.inLanguage = request.inLanguage();
        a.level = request.level();
        a.sizeHours = request.sizeHours();
        a.validityDays = request.validityDays();
        a.learningResources = request.learningResources() == null ? null : map(request.learningResources(),
                r -> new LearningResource(r.title(), r.url()));
        a.benchmarkKind = Objects.requireNonNullElse(request.benchmarkKind(), AchievementPublished.PERFORMANCE);
        a.progressRule = request.progressRule() == null ? null : new ProgressRule(request.progressRule().activityId(),
                request.progressRule().measure(), request.progressRule().minScore());
        a.deliveryMode = request.deliveryMode();
        a.feedbackTargetDays = Objects.requireNonNullElse(request.feedbackTargetDays(), 14);
        a.maxAttempts = Objects.requireNonNullElse(request.maxAttempts(), 3);
        a.secondMarking = request.secondMarking() == null ? null
                : new SecondMarking(request.secondMarking().mode(), request.secondMarking().samplePercent());
        a.expectedEffortHours = request.expectedEffortHours();
        a.obligations = request.obligations();
        a.cost = request.cost();
        a.currency = request.currency();
        a.termsVersion = Objects.requireNonNullElse(request.termsVersion(), "1");
        a.confirmationMode = Objects.requireNonNullElse(request.confirmationMode(), "automatic");
        a.capacity = request.capacity();
        a.enrolmentOpensAt = request.enrolmentOpensAt();
        a.enrolmentClosesAt = request.enrolmentClosesAt();
        a.activityStartsAt = request.activityStartsAt();
        a.activityEndsAt = request.activityEndsAt();
        a.inactivityExpiryDays = request.inactivityExpiryDays();
        a.releaseGate = Boolean.TRUE.equals(request.releaseGate());
        return a;
    }

    /**
     * A prompt with its kind's defaults: files and links ask for 1 to the per-attempt limit;
     * {@code fileRequired} says, for readers of the first schema, whether a file must come.
     */
    private static EvidencePrompt prompt(AchievementRequest.Prompt p) {
        if (p.kind() == null || EvidencePrompt.WRITTEN.equals(p.kind())) {
            boolean legacyFile = p.kind() == null && Boolean.TRUE.equals(p.fileRequired());
            return new EvidencePrompt(p.id(), p.text(), legacyFile, p.kind(), p.allowedMediaTypes(), p.minItems(),
                    p.maxItems());
        }
        boolean files = EvidencePrompt.FILES.equals(p.kind());
        int min = Objects.requireNonNullElse(p.minItems(), 1);
        int max = Objects.requireNonNullElse(p.maxItems(), files ? PromptRules.MAX_FILES : PromptRules.MAX_LINKS);
        List<String> types = p.allowedMediaTypes() == null ? List.of() : p.allowedMediaTypes().stream().toList();
        return new EvidencePrompt(p.id(), p.text(), files && min >= 1, p.kind(), types, min, max);
    }

    private static RubricLevel level(AchievementRequest.Level l) {
        return new RubricLevel(l.id(), l.name(), l.description(), l.points());
    }

    /** Maps each element; a null element stays null (field validation reports it). */
    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(t -> t == null ? null : f.apply(t)).toList();
    }

    static AchievementView toView(Achievement a) {
        return toView(a, null);
    }

    static AchievementView toView(Achievement a, List<ReviewStepView> reviews) {
        return new AchievementView(a.id, a.version, a.status.name(), a.name, a.description, a.competencyStatement,
                a.criteriaNarrative, a.achievementType, a.evidencePrompts, a.rubric, a.createdAt, a.updatedAt,
                a.publishedAt, a.retiredAt, a.alignments, a.creditsAvailable, a.fieldOfStudy, a.humanCode, a.tags,
                a.imageUrl, a.inLanguage, a.level, a.sizeHours, a.validityDays, a.learningResources, a.benchmarkKind,
                a.progressRule, a.deliveryMode, a.feedbackTargetDays, a.maxAttempts, a.secondMarking,
                a.expectedEffortHours, a.obligations, a.cost, a.currency, a.termsVersion, a.confirmationMode,
                a.capacity, a.enrolmentOpensAt, a.enrolmentClosesAt, a.activityStartsAt, a.activityEndsAt,
                a.inactivityExpiryDays, a.state(), reviews == null ? null : a.submittedBy,
                reviews == null ? null : a.submittedAt, reviews, a.releaseGate);
    }
}
