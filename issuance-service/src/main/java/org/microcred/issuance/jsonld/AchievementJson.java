package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.issuance.CatalogueAchievement;

/**
 * The {@code achievement} of a credential, with one {@code ResultDescription} per rubric
 * criterion (and one for a progress score, see {@link ScoreJson}), and the {@code result}s the
 * earner reached on them.
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

    /** @param describesScore whether to describe a score result too (see {@link ScoreJson#describesScore}) */
    static ObjectNode achievement(CatalogueAchievement a, boolean describesScore) {
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
        describe(achievement, a);
        ArrayNode descriptions = JsonLd.array();
        for (RubricCriterion criterion : criteria(a)) {
            descriptions.add(resultDescription(a, criterion));
        }
        if (describesScore) {
            descriptions.add(ScoreJson.resultDescription(a));
        }
        if (!descriptions.isEmpty()) {
            achievement.set("resultDescription", descriptions);
        }
        // The id names the achievement across its versions; the version says which one was met.
        achievement.put("version", String.valueOf(a.version));
        return achievement;
    }

    /**
     * The optional descriptive terms of OB 3.0's Achievement, each only when the catalogue gave it.
     * The catalogue's level and size in hours have no Achievement term in OB 3.0.3 (or VC 2.0), and
     * an undefined term would fail signing, so the document leaves them out.
     */
    private static void describe(ObjectNode achievement, CatalogueAchievement a) {
        if (a.imageUrl != null && !a.imageUrl.isBlank()) {
            achievement.set("image", image(a.imageUrl, a.name));
        }
        if (a.creditsAvailable != null) {
            achievement.set("creditsAvailable", number(a.creditsAvailable));
        }
        JsonLd.putIfPresent(achievement, "fieldOfStudy", a.fieldOfStudy);
        JsonLd.putIfPresent(achievement, "humanCode", a.humanCode);
        JsonLd.putIfPresent(achievement, "inLanguage", a.inLanguage);
        ArrayNode tags = JsonLd.array();
        if (a.tags != null) {
            a.tags.stream().filter(t -> t != null && !t.isBlank()).forEach(tags::add);
        }
        if (!tags.isEmpty()) {
            achievement.set("tag", tags);
        }
        ArrayNode alignments = JsonLd.array();
        if (a.alignments != null) {
            for (Alignment target : a.alignments) {
                // OB 3.0 requires both; an entry without them cannot be stated.
                if (target != null && notBlank(target.targetName()) && notBlank(target.targetUrl())) {
                    alignments.add(alignment(target));
                }
            }
        }
        if (!alignments.isEmpty()) {
            achievement.set("alignment", alignments);
        }
    }

    /**
     * An achievement's {@code image}: OB 3.0's Image node of its URL, captioned with the achievement's name (what a
     * reader or screen reader is told the badge shows).
     */
    static ObjectNode image(String url, String caption) {
        ObjectNode image = JsonLd.object();
        image.put("id", url);
        image.put("type", "Image");
        JsonLd.putIfPresent(image, "caption", caption);
        return image;
    }

    private static ObjectNode alignment(Alignment target) {
        ObjectNode alignment = JsonLd.object();
        alignment.set("type", JsonLd.types("Alignment"));
        alignment.put("targetName", target.targetName());
        alignment.put("targetUrl", target.targetUrl());
        JsonLd.putIfPresent(alignment, "targetDescription", target.targetDescription());
        JsonLd.putIfPresent(alignment, "targetFramework", target.targetFramework());
        JsonLd.putIfPresent(alignment, "targetCode", target.targetCode());
        JsonLd.putIfPresent(alignment, "targetType", target.targetType());
        return alignment;
    }

    /**
     * A JSON number every JSON-LD processor reads alike: whole values as integers ({@code 3}, not
     * {@code 3.00}, which Java's JSON-P reads as a double and JavaScript as an integer, giving
     * different RDF literals), others as their shortest decimal ({@code 2.5}).
     */
    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return JsonNodeFactory.instance.numberNode(plain.longValueExact());
        }
        return JsonNodeFactory.instance.numberNode(plain.doubleValue());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
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
        return versionUri(a, "criteria/" + criterionId);
    }

    static String levelUri(CatalogueAchievement a, String criterionId, String levelId) {
        return versionUri(a, "criteria/" + criterionId + "/levels/" + levelId);
    }

    /** The name-based UUID of (achievement id, version, path): stable for a version, unique across versions. */
    static String versionUri(CatalogueAchievement a, String path) {
        String name = a.achievementId + "/v" + a.version + "/" + path;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
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
}
