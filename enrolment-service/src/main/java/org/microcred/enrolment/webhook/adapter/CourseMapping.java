package org.microcred.enrolment.webhook.adapter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A platform course that leads to a micro-credential, and what completing it means: {@code award} (ask for the
 * credential) or {@code activity} (report {@link #activityId} completed, for a {@code progress} micro-credential).
 */
@Entity
@Table(name = "lms_course_mapping")
@IdClass(CourseMapping.Key.class)
public class CourseMapping {

    public static final String AWARD = "award";
    public static final String ACTIVITY = "activity";

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public String platform;

    @Id
    @Column(name = "course_id")
    public String courseId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    public String completion;

    @Column(name = "activity_id")
    public String activityId;

    /** A completion graded under this (0..100) is ignored; null: any completion counts. */
    @Column(name = "min_grade")
    public BigDecimal minGrade;

    /** The grade item (a Canvas assignment id) whose grade change completes the course; null: none does. */
    @Column(name = "grade_item")
    public String gradeItem;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String tenantId;
        public String platform;
        public String courseId;

        public Key() {
        }

        public Key(String tenantId, String platform, String courseId) {
            this.tenantId = tenantId;
            this.platform = platform;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tenantId.equals(tenantId) && k.platform.equals(platform)
                    && k.courseId.equals(courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, platform, courseId);
        }
    }
}
