package org.microcred.enrolment.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.analytics.AchievementReport.CriterionStruggle;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/**
 * Where learners struggle: per rubric criterion, how many decisions scored it below its required level, judged
 * against the rubric of the version decided (levels are ordered lowest first). A level the rubric does not know is not
 * counted. Most often below first.
 */
public final class RubricStruggles {

    private RubricStruggles() {
    }

    /** {@code rows}: version, criterion id, level id, decisions (AnalyticsQueries.LEVELS). */
    public static List<CriterionStruggle> of(List<Object[]> rows, Map<Integer, Achievement> versions) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Achievement version = row[0] == null ? null : versions.get(((Number) row[0]).intValue());
            RubricCriterion criterion = version == null || version.rubric == null ? null
                    : version.rubric.criteria().stream().filter(c -> c.id().equals(row[1])).findFirst().orElse(null);
            if (criterion == null) {
                continue;
            }
            int level = indexOf(criterion, (String) row[2]);
            int required = indexOf(criterion, criterion.requiredLevelId());
            if (level < 0 || required < 0) {
                continue;
            }
            long n = ((Number) row[3]).longValue();
            long[] c = counts.computeIfAbsent(criterion.id(), id -> new long[2]);
            c[0] += n;
            if (level < required) {
                c[1] += n;
            }
            names.put(criterion.id(), criterion.name());
        }
        List<CriterionStruggle> result = new ArrayList<>();
        counts.forEach((id, c) -> result.add(new CriterionStruggle(id, names.get(id), c[0], c[1],
                Ratios.share(c[1], c[0]))));
        result.sort(Comparator.comparingLong(CriterionStruggle::belowRequired).reversed()
                .thenComparing(CriterionStruggle::criterionId));
        return result;
    }

    private static int indexOf(RubricCriterion criterion, String levelId) {
        List<RubricLevel> levels = criterion.levels();
        for (int i = 0; levels != null && i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }
}
