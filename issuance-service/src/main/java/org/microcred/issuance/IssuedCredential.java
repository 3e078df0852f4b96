package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A credential issued to an earner. {@code document} is the Open Badges 3.0 JSON text exactly as
 * it was published, so what is served later is byte for byte what was issued.
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "achievement_id", nullable = false)
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;

    @Column(name = "achievement_name", nullable = false)
    public String achievementName;

    @Column(nullable = false)
    public String document;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
