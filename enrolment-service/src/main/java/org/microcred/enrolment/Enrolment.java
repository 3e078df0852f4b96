package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An earner's commitment to one version of a micro-credential. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "earner_name")
    public String earnerName;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;
}
