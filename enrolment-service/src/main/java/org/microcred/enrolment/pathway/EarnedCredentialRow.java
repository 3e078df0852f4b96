package org.microcred.enrolment.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A micro-credential credential an earner holds; one row per credential. */
@Entity
@Table(name = "earned_credential")
public class EarnedCredentialRow {

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "earner_name")
    public String earnerName;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "achievement_name")
    public String achievementName;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public static EarnedCredentialRow of(EarnedCredential earned) {
        EarnedCredentialRow row = new EarnedCredentialRow();
        row.credentialId = earned.credentialId();
        row.tenantId = earned.tenantId();
        row.earnerId = earned.earnerId();
        row.earnerEmail = earned.earnerEmail();
        row.earnerName = earned.earnerName();
        row.achievementId = earned.achievementId();
        row.achievementVersion = earned.achievementVersion();
        row.achievementName = earned.achievementName();
        row.issuedAt = earned.issuedAt();
        return row;
    }
}
