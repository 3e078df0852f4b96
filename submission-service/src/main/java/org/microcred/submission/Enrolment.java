package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * Read model of an enrolment: whose journey, toward which version (from {@code enrolment.created}),
 * and where it stands (then from {@code enrolment.status.changed}).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "earner_name")
    public String earnerName;

    @Column(name = "achievement_id", nullable = false)
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    /** When the status last changed; a status change older than this one is stale. */
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /**
     * False while only a status change has arrived: the earner's email and name come with
     * {@code enrolment.created}, and a submission must carry them.
     */
    public boolean announced;

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }
}
