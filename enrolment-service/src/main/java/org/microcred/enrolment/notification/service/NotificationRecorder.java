package org.microcred.enrolment.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.repository.Notifications;
import org.microcred.enrolment.notification.repository.Notifications.NewNotification;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.metrics.AfterCommit;

/**
 * Writes the notification rows: for a consumed event (in the consumer's transaction, keyed by the event id, so a
 * redelivery writes nothing) and for the reminder passes. The recipient is the enrolment's earner: the email Keycloak
 * verified when they enrolled. Once the row's transaction commits, the sender is woken.
 */
@ApplicationScoped
public class NotificationRecorder {

    private static final Logger LOG = Logger.getLogger(NotificationRecorder.class);

    private final Notifications notifications;
    private final NotificationSender sender;
    private final ObjectMapper mapper;

    public NotificationRecorder(Notifications notifications, NotificationSender sender, ObjectMapper mapper) {
        this.notifications = notifications;
        this.sender = sender;
        this.mapper = mapper;
    }

    /** The notification an event of assessment or issuance calls for, if any. */
    public Uni<Void> onEvent(EventEnvelope<EventPayload> event) {
        EventPayload payload = event.payload();
        String source = event.eventId().toString();
        if (payload instanceof AssessmentDecided d) {
            NotificationKind kind = d.decision() == Decision.AWARD ? NotificationKind.AWARDED : NotificationKind.FEEDBACK;
            return record(event.tenantId(), d.enrolmentId(), kind, source,
                    Map.of("decision", d.decision().name(), "attempt", Integer.toString(d.attempt()))).replaceWithVoid();
        }
        if (payload instanceof CredentialIssued c && c.enrolmentId() != null) {
            return record(event.tenantId(), c.enrolmentId(), NotificationKind.CREDENTIAL_ISSUED, source,
                    Map.of("credentialId", c.credentialId().toString())).replaceWithVoid();
        }
        if (payload instanceof CredentialStatusChanged s && s.enrolmentId() != null
                && ("REVOKED".equals(s.status()) || "SUSPENDED".equals(s.status()))) {
            Map<String, String> data = new HashMap<>();
            data.put("credentialId", s.credentialId().toString());
            data.put("status", s.status());
            if (s.reason() != null) {
                data.put("reason", s.reason());
            }
            return record(event.tenantId(), s.enrolmentId(), NotificationKind.CREDENTIAL_STATUS, source, data)
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Writes one notification for the enrolment's earner, in the caller's transaction; answers whether it is new.
     * Nothing when the enrolment is unknown, of another tenant, or has no email.
     */
    public Uni<Boolean> record(String tenantId, UUID enrolmentId, NotificationKind kind, String source,
            Map<String, String> extra) {
        return Panache.getSession()
                .chain(session -> session.find(Enrolment.class, enrolmentId)
                        .chain(enrolment -> session.find(Journey.class, enrolmentId)
                                .map(journey -> new Object[] {enrolment, journey})))
                .chain(found -> {
                    Enrolment enrolment = (Enrolment) found[0];
                    Journey journey = (Journey) found[1];
                    if (enrolment == null || !enrolment.tenantId.equals(tenantId) || enrolment.earnerEmail == null
                            || enrolment.earnerEmail.isBlank()) {
                        LOG.debugf("No %s notification for enrolment %s: no enrolment of tenant %s with an email",
                                kind.wireName(), enrolmentId, tenantId);
                        return Uni.createFrom().item(false);
                    }
                    if (ClaimOffered.isUnclaimed(enrolment.earnerId) && (kind == NotificationKind.AWARDED
                            || kind == NotificationKind.CREDENTIAL_ISSUED)) {
                        // A learner without an account has their claim link (claim-offered): links to a wallet they
                        // cannot open yet would only confuse.
                        return Uni.createFrom().item(false);
                    }
                    Map<String, String> data = new HashMap<>(extra);
                    data.put("enrolmentId", enrolmentId.toString());
                    if (journey != null && journey.achievementName != null) {
                        data.put("achievementName", journey.achievementName);
                    }
                    NewNotification row = new NewNotification(tenantId, enrolment.earnerId, enrolment.earnerEmail,
                            enrolment.earnerName, kind.wireName(), source, enrolmentId,
                            json(data));
                    return notifications.add(row, Instant.now()).invoke(added -> {
                        if (added) {
                            AfterCommit.run(sender::wake);
                        }
                    });
                });
    }

    private String json(Map<String, String> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
