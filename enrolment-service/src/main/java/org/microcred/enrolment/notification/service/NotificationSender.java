package org.microcred.enrolment.notification.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.notification.Notification;
import org.microcred.enrolment.notification.NotificationConfig;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.RetryDelay;
import org.microcred.enrolment.notification.repository.NotificationPreferences;
import org.microcred.enrolment.notification.repository.Notifications;
import org.microcred.enrolment.service.SwitchablePass;
import org.microcred.support.background.RepeatingPass;

/**
 * Sends the due notification rows. A pass starts when a row's transaction commits ({@link #wake()}) and otherwise
 * every {@code microcred.notification.send-interval}. Each row in its own transaction: locked ({@code FOR UPDATE SKIP
 * LOCKED}, so two instances never send one row at once), the earner's preference read again (a kind turned off since
 * the row was written is SKIPPED, not sent), the mail handed to the SMTP server, and the row marked SENT. When the
 * server is away or refuses, the row stays PENDING with its attempts counted and its next attempt later
 * ({@link RetryDelay}), for ever: nothing is lost. Crash window: between the server's "250 OK" and the commit the row
 * is still PENDING, so a crash there sends the mail again at the next pass, with the same Message-ID (at most one
 * duplicate per crash, and only for the row being sent).
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    static final int BATCH = 50;

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final NotificationMail mails;
    private final ReactiveMailer mailer;
    private final NotificationMetrics metrics;
    private final Vertx vertx;
    private final RetryDelay retryDelay;
    private final SwitchablePass passes;

    public NotificationSender(Notifications notifications, NotificationPreferences preferences, NotificationMail mails,
            ReactiveMailer mailer, NotificationMetrics metrics, Vertx vertx, NotificationConfig config) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.mails = mails;
        this.mailer = mailer;
        this.metrics = metrics;
        this.vertx = vertx;
        this.retryDelay = new RetryDelay(config.retryDelay(), config.maxRetryDelay());
        // A full batch sent: more may be due; go on at once.
        this.passes = new SwitchablePass(new RepeatingPass(vertx, "Notification sender", () -> pass(Instant.now()),
                sent -> sent >= BATCH, config.sendInterval(), config.sendInterval()), config.senderEnabled(),
                "The notification sender is disabled (microcred.notification.sender-enabled=false)");
    }

    void start(@Observes StartupEvent started) {
        passes.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** A notification row committed: send it now rather than at the next poll. */
    public void wake() {
        passes.wake();
    }

    /** One pass as of {@code now}; answers how many mails it sent. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        return Panache.withSession(() -> notifications.due(now, BATCH))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(id -> sendOne(id, now))
                        .collect().asList())
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    /** Answers whether a mail went out. */
    private Uni<Boolean> sendOne(UUID id, Instant now) {
        return Panache.withTransaction(() -> notifications.lockIfDue(id, now).chain(row -> {
                    if (row == null) {
                        return Uni.createFrom().<NotificationKind>nullItem();
                    }
                    NotificationKind kind = row.kind();
                    return preferences.enabled(row.tenantId, row.earnerId, kind).chain(on -> {
                        if (!on) {
                            row.status = Notification.Status.SKIPPED;
                            metrics.skipped(kind);
                            return Uni.createFrom().<NotificationKind>nullItem();
                        }
                        return mailer.send(mails.mailOf(row))
                                .map(ignored -> {
                                    row.status = Notification.Status.SENT;
                                    row.sentAt = Instant.now();
                                    row.lastError = null;
                                    return kind;
                                })
                                .onFailure().recoverWithItem(failure -> retryLater(row, kind, failure, now));
                    });
                }))
                // counted once the row is marked SENT for good
                .map(sentKind -> {
                    if (sentKind != null) {
                        metrics.sent(sentKind);
                    }
                    return sentKind != null;
                })
                .onFailure().recoverWithItem(failure -> {
                    // The database away, or a row that cannot be rendered: it stays PENDING for the next pass.
                    LOG.warnf("Notification %s was not sent this pass: %s", id, failure.toString());
                    return false;
                });
    }

    private NotificationKind retryLater(Notification row, NotificationKind kind, Throwable failure, Instant now) {
        row.attempts++;
        Duration wait = retryDelay.after(row.attempts);
        row.nextAttemptAt = now.plus(wait);
        // The SMTP server's answer, never the message (no recipient or content in the log).
        row.lastError = truncate(failure.toString(), 1000);
        metrics.failed(kind);
        LOG.infof("Notification %s (%s, tenant %s): attempt %d failed (%s); next in %s", row.id, kind.wireName(),
                row.tenantId, row.attempts, failure.getClass().getSimpleName(), wait);
        return null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
