package org.microcred.enrolment.webhook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.webhook.adapter.CourseMapping;
import org.microcred.enrolment.webhook.adapter.LmsIntegration;

/** The requests and answers of the integrations' configuration. */
public final class IntegrationViews {

    private IntegrationViews() {
    }

    /**
     * An integration: Canvas needs {@code jwksUrl} (https) and may name the {@code issuer} its tokens must carry;
     * Moodle and Open edX need a {@code secret} (32..512 characters) when created, kept when omitted later.
     */
    public record IntegrationRequest(
            @NotNull Boolean enabled,
            @Size(max = 2048) String jwksUrl,
            @Size(max = 500) String issuer,
            @Size(min = 32, max = 512) String secret) {
    }

    /** The secret is never shown: {@code secretSet} says whether there is one. */
    public record IntegrationView(String platform, boolean enabled,
            @JsonInclude(JsonInclude.Include.NON_NULL) String jwksUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) String issuer,
            boolean secretSet, String webhookUrl, Instant createdAt, Instant updatedAt) {

        static IntegrationView of(LmsIntegration i) {
            return new IntegrationView(i.platform, i.enabled, i.jwksUrl, i.issuer, i.secretSealed != null,
                    "/api/v1/webhooks/lms/" + i.tenantId + "/" + i.platform, i.createdAt, i.updatedAt);
        }
    }

    /**
     * A course mapping: completing the course means {@code award} (ask for the credential) or {@code activity}
     * (report {@code activityId} completed); {@code minGrade} (0..100) a completion must reach; {@code gradeItem}
     * the item (Canvas assignment id, Moodle course module id) whose completion completes the course.
     */
    public record CourseMappingRequest(
            @NotNull UUID achievementId,
            @NotNull @Pattern(regexp = "award|activity", message = "must be award or activity") String completion,
            @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces") String activityId,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minGrade,
            @Size(max = 255) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces") String gradeItem) {
    }

    public record CourseMappingView(String platform, String courseId, UUID achievementId, String completion,
            @JsonInclude(JsonInclude.Include.NON_NULL) String activityId,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal minGrade,
            @JsonInclude(JsonInclude.Include.NON_NULL) String gradeItem,
            Instant updatedAt) {

        static CourseMappingView of(CourseMapping m) {
            return new CourseMappingView(m.platform, m.courseId, m.achievementId, m.completion, m.activityId,
                    m.minGrade, m.gradeItem, m.updatedAt);
        }
    }
}
