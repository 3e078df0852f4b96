package org.microcred.enrolment.webhook.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.UUID;

/** The platforms' sample events under {@code lms-fixtures/}, and mappings to translate them with. */
public final class Fixtures {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** A fixture as a fresh, editable tree. */
    public static ObjectNode event(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/lms-fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical body a translation makes, as a tree (what the inbox stores, parsed). */
    public static JsonNode canonical(Translator.Translation translation) {
        if (translation.ignored()) {
            throw new AssertionError("Ignored: " + translation.ignoredWhy());
        }
        try {
            return MAPPER.readTree(MAPPER.writeValueAsBytes(translation.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CourseMapping mapping(Platform platform, String course, UUID achievement, String completion,
            String activityId, BigDecimal minGrade, String gradeItem) {
        CourseMapping mapping = new CourseMapping();
        mapping.tenantId = "northbridge";
        mapping.platform = platform.slug();
        mapping.courseId = course;
        mapping.achievementId = achievement;
        mapping.completion = completion;
        mapping.activityId = activityId;
        mapping.minGrade = minGrade;
        mapping.gradeItem = gradeItem;
        return mapping;
    }
}
