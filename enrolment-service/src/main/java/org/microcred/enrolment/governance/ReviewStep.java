package org.microcred.enrolment.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a version's review history, append-only: who (user id and the role they acted in) did what to which
 * version of a micro-credential or pathway, with the comment, when.
 */
@Entity
@Table(name = "version_review")
public class ReviewStep {

    /** What happened to the version. */
    public enum Action { SUBMITTED, WITHDRAWN, APPROVED, REJECTED, PUBLISHED, RETIRED }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    /** {@code achievement} or {@code pathway}. */
    public String kind;

    @Column(name = "definition_id")
    public UUID definitionId;

    public int version;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_role")
    public String actorRole;

    public String comment;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
