package org.microcred.enrolment.analytics;

import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.analytics.AchievementReport.FunnelStage;

/**
 * The funnel's stages in order, each measured from the stage before it on the path an enrolment walks (a branch
 * from where it branches off: revise and denied from in review, claimed and shared from issued, withdrawn and expired
 * from enrolled). Conversion = count / the base's count; drop-off = base count - count, on the main path only.
 */
public final class Funnel {

    /** name, index of its count in the query's row, index of its base (-1: none), on the main path. */
    private record Step(String name, int index, int base, boolean path) {
    }

    // Row order of AnalyticsQueries.FUNNEL: enrolled, started, submitted, inReview, revise, awarded, issued, claimed,
    // shared, withdrawn, expired, denied.
    private static final List<Step> STEPS = List.of(
            new Step("enrolled", 0, -1, true),
            new Step("started", 1, 0, true),
            new Step("submitted", 2, 1, true),
            new Step("inReview", 3, 2, true),
            new Step("revise", 4, 3, false),
            new Step("awarded", 5, 3, true),
            new Step("issued", 6, 5, true),
            new Step("claimed", 7, 6, false),
            new Step("shared", 8, 6, true),
            new Step("withdrawn", 9, 0, false),
            new Step("expired", 10, 0, false),
            new Step("denied", 11, 3, false));

    private Funnel() {
    }

    public static List<FunnelStage> of(long[] counts) {
        List<FunnelStage> stages = new ArrayList<>();
        for (Step step : STEPS) {
            long count = counts[step.index()];
            if (step.base() < 0) {
                stages.add(new FunnelStage(step.name(), count, null, null, null));
                continue;
            }
            long base = counts[step.base()];
            stages.add(new FunnelStage(step.name(), count, STEPS.get(step.base()).name(), Ratios.share(count, base),
                    step.path() ? base - count : null));
        }
        return stages;
    }
}
