package org.microcred.assessment.service;

import java.util.List;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.Judgement;

/**
 * A task, the version it is judged against ({@code version} null until the catalogue event
 * arrives) and its judgements (empty when none is needed, as in a list).
 */
public record TaskDetails(AssessmentTask task, AchievementVersion version, List<Judgement> judgements) {

    public TaskDetails(AssessmentTask task, AchievementVersion version) {
        this(task, version, List.of());
    }
}
