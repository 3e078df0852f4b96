package org.microcred.enrolment.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An institution's endpoint subscribed to event types (table {@code outbound_endpoint}). */
@Entity
@Table(name = "outbound_endpoint")
public class OutboundEndpoint {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String url;

    /** Comma-separated ({@link #types()}). */
    @Column(name = "event_types")
    public String eventTypes;

    public String description;

    @Column(name = "contact_email")
    public String contactEmail;

    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "secret_sealed")
    public String secretSealed;

    @Column(name = "previous_secret_sealed")
    public String previousSecretSealed;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> types() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public void types(List<String> types) {
        eventTypes = String.join(",", types);
    }
}
