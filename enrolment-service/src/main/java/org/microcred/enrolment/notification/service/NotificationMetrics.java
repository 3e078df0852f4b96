package org.microcred.enrolment.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.enrolment.notification.NotificationKind;

/**
 * {@code microcred_notifications_sent_total{kind}}: mails the SMTP server accepted; {@code
 * microcred_notifications_failed_total{kind}}: sending attempts that failed (each is retried, so this counts attempts,
 * not lost mails); {@code microcred_notifications_skipped_total{kind}}: due mails not sent because the earner had
 * turned the kind off.
 */
@ApplicationScoped
public class NotificationMetrics {

    private final MeterRegistry registry;

    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(NotificationKind kind) {
        count("microcred.notifications.sent", kind, "notification mails accepted by the SMTP server");
    }

    public void failed(NotificationKind kind) {
        count("microcred.notifications.failed", kind, "failed attempts to send a notification mail (retried)");
    }

    public void skipped(NotificationKind kind) {
        count("microcred.notifications.skipped", kind, "notifications not sent: the earner turned the kind off");
    }

    private void count(String name, NotificationKind kind, String description) {
        Counter.builder(name).tag("kind", kind.wireName()).description(description).register(registry).increment();
    }
}
