package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.issuance.CatalogueAchievement;

/**
 * The score of a {@code progress} award (an LMS score, 0 to 100) as OB 3.0 states a result: a
 * {@code ResultDescription} of {@code resultType} {@code Percent} on the achievement, and a
 * {@code Result} whose {@code value} is the score and whose {@code resultDescription} names it. Rubric
 * points are not results in OB 3.0 and are never stated; neither is anything of second marking.
 */
final class ScoreJson {

    private ScoreJson() {
    }

    /**
     * Whether the achievement describes a score: a progress version measured by score always does (every
     * credential of it states one), and any version whose award carries a score does.
     */
    static boolean describesScore(CatalogueAchievement a, BigDecimal score) {
        return score != null || (a.isProgress() && a.progressRule != null
                && ProgressRule.SCORE.equals(a.progressRule.measure()));
    }

    /** Stable for a version, like the rubric's URIs: (achievement id, version, "score"). */
    static String uri(CatalogueAchievement a) {
        return AchievementJson.versionUri(a, "score");
    }

    static ObjectNode resultDescription(CatalogueAchievement a) {
        ObjectNode description = JsonLd.object();
        description.put("id", uri(a));
        description.set("type", JsonLd.types("ResultDescription"));
        description.put("name", "Score");
        description.put("resultType", "Percent");
        description.put("valueMin", "0");
        description.put("valueMax", "100");
        ProgressRule rule = a.progressRule;
        if (rule != null && ProgressRule.SCORE.equals(rule.measure()) && rule.minScore() != null) {
            description.put("requiredValue", text(rule.minScore()));
        }
        return description;
    }

    static ObjectNode result(CatalogueAchievement a, BigDecimal score) {
        ObjectNode result = JsonLd.object();
        result.set("type", JsonLd.types("Result"));
        result.put("resultDescription", uri(a));
        result.put("value", text(score));
        return result;
    }

    /** OB 3.0 values are strings: the shortest plain decimal ({@code 86.5}, {@code 90}). */
    static String text(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
