package org.microcred.events.catalogue;

import java.util.List;

/** The criteria evidence is judged against. */
public record Rubric(List<RubricCriterion> criteria) {
}
