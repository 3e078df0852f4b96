package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.enrolment.Commitment;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * An earner's commitment to one version of a micro-credential, with the terms accepted and where
 * it stands. At most one open (not withdrawn, expired or declined) enrolment per earner and
 * micro-credential.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final String SOURCE_EARNER = "earner";
    public static final String SOURCE_LMS = "lms";

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

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /** {@code earner} (the earner enrolled) or {@code lms} (the institution's LMS did, by webhook). */
    public String source;

    // The commitment accepted, as the version stated it at that moment.
    @Column(name = "expected_effort_hours")
    public Integer expectedEffortHours;

    @Column(name = "activity_starts_at")
    public Instant activityStartsAt;

    @Column(name = "activity_ends_at")
    public Instant activityEndsAt;

    public String obligations;

    public BigDecimal cost;

    public String currency;

    @Column(name = "terms_version")
    public String termsVersion;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The version's confirmation mode: a promoted waitlisted enrolment still needs staff when "staff". */
    @Column(name = "confirmation_mode")
    public String confirmationMode;

    @Column(name = "inactivity_expiry_days")
    public Integer inactivityExpiryDays;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    public Commitment commitment() {
        return new Commitment(expectedEffortHours, activityStartsAt, activityEndsAt, obligations, cost, currency,
                termsVersion, acceptedAt);
    }

    /** Whether it holds one of the micro-credential's places (capacity counts these). */
    public boolean holdsPlace() {
        return status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.PENDING_CONFIRMATION;
    }

    public boolean needsStaffConfirmation() {
        return "staff".equals(confirmationMode);
    }
}
