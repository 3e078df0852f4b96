package org.microcred.enrolment.rest;

import java.util.List;
import org.microcred.enrolment.Achievement;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/** Between the catalogue's API records and its entity. */
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
        a.evidencePrompts = request.evidencePrompts().stream()
                .map(p -> new EvidencePrompt(p.id(), p.text(), p.fileRequired()))
                .toList();
        a.rubric = new Rubric(request.rubric().criteria().stream()
                .map(c -> new RubricCriterion(c.id(), c.name(), c.description(), levels(c.levels()), c.requiredLevelId()))
                .toList());
        a.alignments = request.alignments() == null ? null : request.alignments().stream()
                .map(t -> new Alignment(t.targetName(), t.targetUrl(), t.targetDescription(), t.targetFramework(),
                        t.targetCode(), t.targetType()))
                .toList();
        a.creditsAvailable = request.creditsAvailable();
        a.fieldOfStudy = request.fieldOfStudy();
        a.humanCode = request.humanCode();
        a.tags = request.tags() == null ? null : List.copyOf(request.tags());
        a.imageUrl = request.imageUrl();
        a.inLanguage = request.inLanguage();
        a.level = request.level();
        a.sizeHours = request.sizeHours();
        a.validityDays = request.validityDays();
        return a;
    }

    private static List<RubricLevel> levels(List<AchievementRequest.Level> levels) {
        return levels.stream().map(l -> new RubricLevel(l.id(), l.name(), l.description())).toList();
    }

    static AchievementView toView(Achievement a) {
        return new AchievementView(a.id, a.version, a.status.name(), a.name, a.description, a.competencyStatement,
                a.criteriaNarrative, a.achievementType, a.evidencePrompts, a.rubric, a.createdAt, a.publishedAt,
                a.alignments, a.creditsAvailable, a.fieldOfStudy, a.humanCode, a.tags, a.imageUrl, a.inLanguage,
                a.level, a.sizeHours, a.validityDays);
    }
}
