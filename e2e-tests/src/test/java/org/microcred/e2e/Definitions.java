package org.microcred.e2e;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Micro-credential and pathway definitions as an issuer-admin sends them (issue 4's catalogue
 * contract), for the end-to-end tests.
 */
final class Definitions {

    static final String WRITTEN_PROMPT = "reflection";
    static final String FILES_PROMPT = "plan";
    static final String LINKS_PROMPT = "portfolio";
    static final String TERMS_VERSION = "2026-09";

    private Definitions() {
    }

    /**
     * A {@code performance} micro-credential judged by an assessor: a written reflection, 1 to 3 PDF
     * lesson plans, 1 to 5 links; a rubric of two criteria whose levels carry points (1, 2, 3), both
     * required at "proficient"; feedback within 5 days; at most 3 attempts.
     */
    static Map<String, Object> performance(String name) {
        Map<String, Object> definition = base(name);
        definition.put("benchmarkKind", "performance");
        definition.put("learningResources", List.of(Map.of("title", "Formative assessment: a short guide",
                "url", "https://example.org/guides/formative-assessment")));
        definition.put("evidencePrompts", List.of(
                Map.of("id", WRITTEN_PROMPT, "text", "Reflect on how the checks changed your teaching",
                        "kind", "written"),
                Map.of("id", FILES_PROMPT, "text", "Upload your lesson plan with the checks marked", "kind", "files",
                        "allowedMediaTypes", List.of("application/pdf"), "minItems", 1, "maxItems", 3),
                Map.of("id", LINKS_PROMPT, "text", "Link to a recording of the lesson or your portfolio",
                        "kind", "links", "minItems", 1, "maxItems", 5)));
        definition.put("rubric", Map.of("criteria", List.of(
                criterion("objectives", "Measurable objectives"),
                criterion("checks", "Checks for understanding"))));
        definition.put("deliveryMode", "online");
        definition.put("feedbackTargetDays", 5);
        definition.put("maxAttempts", 3);
        definition.put("expectedEffortHours", 12);
        definition.put("obligations", "Teach the planned lesson and submit your own work only.");
        definition.put("termsVersion", TERMS_VERSION);
        return definition;
    }

    /** As {@link #performance}, with staff confirming each enrolment. */
    static Map<String, Object> confirmedByStaff(String name) {
        Map<String, Object> definition = performance(name);
        definition.put("confirmationMode", "staff");
        return definition;
    }

    /**
     * A {@code progress} micro-credential: earned when the LMS reports activity {@code activityId}
     * with a score of at least {@code minScore}, or (minScore null) as completed. No evidence, no rubric.
     */
    static Map<String, Object> progress(String name, String activityId, Integer minScore) {
        Map<String, Object> definition = base(name);
        definition.put("benchmarkKind", "progress");
        definition.put("progressRule", minScore == null
                ? Map.of("activityId", activityId, "measure", "completion")
                : Map.of("activityId", activityId, "measure", "score", "minScore", minScore));
        definition.put("evidencePrompts", List.of());
        definition.put("deliveryMode", "online");
        return definition;
    }

    private static Map<String, Object> base(String name) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", name);
        definition.put("description", "Plans lessons with formative checks and adjusts teaching from what they show.");
        definition.put("competencyStatement", "Uses formative assessment to adjust instruction.");
        definition.put("criteriaNarrative", "Show, with evidence from your own teaching, how checks shape a lesson.");
        definition.put("sizeHours", 12);
        definition.put("level", "EQF 6");
        definition.put("tags", List.of("teaching", "assessment"));
        return definition;
    }

    private static Map<String, Object> criterion(String id, String name) {
        return Map.of("id", id, "name", name, "requiredLevelId", "proficient", "levels", List.of(
                Map.of("id", "emerging", "name", "Emerging", "points", 1),
                Map.of("id", "proficient", "name", "Proficient", "points", 2),
                Map.of("id", "exemplary", "name", "Exemplary", "points", 3)));
    }

    /** A scored criterion of a decision. */
    static Map<String, Object> score(String criterionId, String levelId, String feedback) {
        return Map.of("criterionId", criterionId, "levelId", levelId, "feedback", feedback);
    }

    static Map<String, Object> pathway(String name, Map<String, Object> rule) {
        return Map.of("name", name, "description", "A stack of micro-credentials: " + name,
                "criteriaNarrative", "Earn the micro-credentials the rule asks for.", "achievementType", "Certificate",
                "rule", rule);
    }

    @SafeVarargs
    static Map<String, Object> allOf(Map<String, Object>... items) {
        return Map.of("kind", "allOf", "items", Arrays.asList(items));
    }

    @SafeVarargs
    static Map<String, Object> atLeast(int min, Map<String, Object>... items) {
        return Map.of("kind", "atLeast", "min", min, "items", Arrays.asList(items));
    }

    static Map<String, Object> achievement(String achievementId) {
        return Map.of("achievementId", achievementId);
    }

    static Map<String, Object> pathwayRef(String pathwayId) {
        return Map.of("pathwayId", pathwayId);
    }
}
