package org.microcred.enrolment.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One mail to an earner: written with what caused it, sent by {@code NotificationSender} (table {@code notification}). */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Status {
        PENDING, SENT,
        /** The earner had turned the kind off by the time it was due: nothing was sent. */
        SKIPPED
    }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    public String recipient;

    @Column(name = "earner_name")
    public String earnerName;

    /** The kind's wire name ({@link NotificationKind#wireName()}). */
    public String kind;

    @Column(name = "source_key")
    public String sourceKey;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    /** JSON object of strings: what the message says ({@link NotificationMessage}). */
    public String data;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public NotificationKind kind() {
        return NotificationKind.fromWire(kind).orElseThrow(() -> new IllegalStateException("unknown kind " + kind));
    }

    /**
     * The Message-ID of its mail, the same at every attempt: if the service stops between the server's acceptance
     * and the row's commit, the mail is sent again at the next pass, and the two copies carry one Message-ID, which
     * mail clients (and the tests) take as one message.
     */
    public String messageId() {
        return "<" + id + "@notification.microcred>";
    }
}
