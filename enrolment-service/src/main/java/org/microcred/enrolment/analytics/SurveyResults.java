package org.microcred.enrolment.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The survey's part of a report: how many answered, and per question its answers, mean (scales) and distribution. */
public record SurveyResults(long responses, List<QuestionResult> questions) {

    public record QuestionResult(String id, String text, String kind, long answers, BigDecimal mean,
            Map<String, Long> distribution) {
    }

    /** {@code rows}: question id, value, count (Surveys.answers). Every value of a question shows, 0 where none. */
    public static SurveyResults of(List<SurveyQuestion> questions, long responses, List<Object[]> rows) {
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion q : questions == null ? List.<SurveyQuestion>of() : questions) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            List<String> values = SurveyQuestion.SCALE.equals(q.kind()) ? List.of("1", "2", "3", "4", "5") : q.choices();
            values.forEach(v -> distribution.put(v, 0L));
            for (Object[] row : rows) {
                if (q.id().equals(row[0]) && distribution.containsKey((String) row[1])) {
                    distribution.put((String) row[1], ((Number) row[2]).longValue());
                }
            }
            long answers = distribution.values().stream().mapToLong(Long::longValue).sum();
            BigDecimal mean = null;
            if (SurveyQuestion.SCALE.equals(q.kind()) && answers > 0) {
                long sum = distribution.entrySet().stream()
                        .mapToLong(e -> Long.parseLong(e.getKey()) * e.getValue()).sum();
                mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
            }
            results.add(new QuestionResult(q.id(), q.text(), q.kind(), answers, mean, distribution));
        }
        return new SurveyResults(responses, results);
    }
}
