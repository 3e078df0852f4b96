package org.microcred.issuance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/**
 * The {@code achievement} of a credential, with one {@code ResultDescription} per rubric
 * criterion, and the {@code result}s the earner reached on them.
 *
 * <p>OB 3.0 wants URIs for result descriptions and rubric levels, and an {@code achievedLevel} that
 * names a level's URI. The catalogue's ids ("objectives", "proficient") are only unique inside
 * one achievement version, so each gets a name-based UUID of (achievement id, version, criterion
 * id[, level id]): stable across every credential of that version, unique across versions.
 */
final class AchievementJson {

    static final String DEFAULT_ACHIEVEMENT_TYPE = "MicroCredential";

    private AchievementJson() {
    }

    static ObjectNode achievement(CatalogueAchievement a) {
        ObjectNode achievement = JsonLd.object();
        achievement.put("id", "urn:uuid:" + a.achievementId);
        achievement.set("type", JsonLd.types("Achievement"));
        achievement.put("achievementType", a.achievementType == null || a.achievementType.isBlank()
                ? DEFAULT_ACHIEVEMENT_TYPE : a.achievementType);
        achievement.put("name", a.name);
        achievement.put("description", a.description);
        ObjectNode criteria = JsonLd.object();
        criteria.put("narrative", a.criteriaNarrative);
        achievement.set("criteria", criteria);
        ArrayNode descriptions = JsonLd.array();
        for (RubricCriterion criterion : criteria(a)) {
            descriptions.add(resultDescription(a, criterion));
        }
        if (!descriptions.isEmpty()) {
            achievement.set("resultDescription", descriptions);
        }
        // The id names the achievement across its versions; the version says which one was met.
        achievement.put("version", String.valueOf(a.version));
        return achievement;
    }

    /**
     * One result per rubric criterion the assessor scored at one of its levels, in rubric order. A
     * score that names no level of this version is left out rather than stated wrongly.
     */
    static ArrayNode results(CatalogueAchievement a, List<CriterionScore> scores) {
        Map<String, CriterionScore> byCriterion = scores == null ? Map.of() : scores.stream()
                .filter(s -> s != null && s.criterionId() != null && s.levelId() != null)
                .collect(Collectors.toMap(CriterionScore::criterionId, Function.identity(), (first, last) -> last));
        ArrayNode results = JsonLd.array();
        for (RubricCriterion criterion : criteria(a)) {
            CriterionScore score = byCriterion.get(criterion.id());
            if (score == null || levels(criterion).stream().noneMatch(l -> score.levelId().equals(l.id()))) {
                continue;
            }
            ObjectNode result = JsonLd.object();
            result.set("type", JsonLd.types("Result"));
            result.put("resultDescription", criterionUri(a, criterion.id()));
            result.put("achievedLevel", levelUri(a, criterion.id(), score.levelId()));
            results.add(result);
        }
        return results;
    }

    static String criterionUri(CatalogueAchievement a, String criterionId) {
        return nameUri(a.achievementId + "/v" + a.version + "/criteria/" + criterionId);
    }

    static String levelUri(CatalogueAchievement a, String criterionId, String levelId) {
        return nameUri(a.achievementId + "/v" + a.version + "/criteria/" + criterionId + "/levels/" + levelId);
    }

    private static ObjectNode resultDescription(CatalogueAchievement a, RubricCriterion criterion) {
        ObjectNode description = JsonLd.object();
        description.put("id", criterionUri(a, criterion.id()));
        description.set("type", JsonLd.types("ResultDescription"));
        description.put("name", criterion.name());
        description.put("resultType", "RubricCriterionLevel");
        ArrayNode allowed = JsonLd.array();
        ArrayNode levels = JsonLd.array();
        for (RubricLevel level : levels(criterion)) {
            allowed.add(level.name());
            ObjectNode rubricLevel = JsonLd.object();
            rubricLevel.put("id", levelUri(a, criterion.id(), level.id()));
            rubricLevel.set("type", JsonLd.types("RubricCriterionLevel"));
            rubricLevel.put("name", level.name());
            JsonLd.putIfPresent(rubricLevel, "description", level.description());
            levels.add(rubricLevel);
        }
        // Lowest to highest, as the catalogue orders them.
        description.set("allowedValue", allowed);
        description.set("rubricCriterionLevel", levels);
        if (criterion.requiredLevelId() != null) {
            description.put("requiredLevel", levelUri(a, criterion.id(), criterion.requiredLevelId()));
        }
        return description;
    }

    private static List<RubricCriterion> criteria(CatalogueAchievement a) {
        return a.rubric == null || a.rubric.criteria() == null ? List.of() : a.rubric.criteria();
    }

    private static List<RubricLevel> levels(RubricCriterion criterion) {
        return criterion.levels() == null ? List.of() : criterion.levels();
    }

    private static String nameUri(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
