package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Read model of an enrolment (from {@code enrolment.created}): whose journey, toward which version. */
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
}
