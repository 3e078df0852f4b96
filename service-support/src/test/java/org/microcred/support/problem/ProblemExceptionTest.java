package org.microcred.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void notFoundNamesWhatWasMissingUnderAStableType() {
        Problem problem = ProblemException.notFound("Enrolment", "42").toProblem("/api/v1/dashboard/42");
        assertEquals("https://microcred.org/problems/not-found", problem.type());
        assertEquals(404, problem.status());
        assertEquals("Enrolment 42 does not exist", problem.detail());
        assertEquals("/api/v1/dashboard/42", problem.instance());
    }

    @Test
    void validationListsTheFields() {
        Problem problem = ProblemException.invalid("rubric.criteria[0].requiredLevelId", "must be one of its levels")
                .toProblem(null);
        assertEquals(400, problem.status());
        assertEquals(List.of(new Problem.FieldError("rubric.criteria[0].requiredLevelId", "must be one of its levels")),
                problem.errors());
    }
}
