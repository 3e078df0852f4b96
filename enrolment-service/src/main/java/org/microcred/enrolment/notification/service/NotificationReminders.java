package org.microcred.enrolment.notification.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.microcred.enrolment.notification.NotificationConfig;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.repository.ReminderCandidates;
import org.microcred.enrolment.notification.repository.ReminderCandidates.Candidate;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;

/**
 * The scheduled notifications, every {@code microcred.notification.reminder-interval}: an enrolment about to expire
 * ({@code expiry-lead-time} before it would), and a nudge for an enrolled earner quiet for {@code
 * inactivity-nudge-after}. Each is written once per enrolment per period (the expiry moment, the last activity):
 * the candidates' query leaves out what was written, and the row's unique key refuses a second copy when two
 * instances run at once. The rows wake the sender once their transaction commits.
 */
@ApplicationScoped
public class NotificationReminders {

    private static final Logger LOG = Logger.getLogger(NotificationReminders.class);
    static final int BATCH = 200;
    static final String EXPIRY = "expiry";
    static final String NUDGE = "nudge";

    private final ReminderCandidates candidates;
    private final NotificationRecorder recorder;
    private final Vertx vertx;
    private final Duration interval;
    private final Duration lead;
    private final Duration quiet;
    private final RepeatingPass passes;

    public NotificationReminders(ReminderCandidates candidates, NotificationRecorder recorder, Vertx vertx,
            NotificationConfig config) {
        this.candidates = candidates;
        this.recorder = recorder;
        this.vertx = vertx;
        this.interval = config.reminderInterval();
        this.lead = config.expiryLeadTime();
        this.quiet = config.inactivityNudgeAfter();
        // A full batch of either: more may be due; go on at once.
        this.passes = new RepeatingPass(vertx, "Notification reminders", () -> pass(Instant.now()),
                written -> written >= BATCH, interval, interval);
    }

    void start(@Observes StartupEvent started) {
        passes.start(interval);
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass as of {@code now}: answers how many reminders it wrote. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        AfterCommit.begin();
        return Panache.withTransaction(() -> expiring(now).chain(expiring -> nudges(now).map(nudged -> {
                    if (expiring + nudged > 0) {
                        LOG.infof("Wrote %d expiry reminders and %d nudges", expiring, nudged);
                    }
                    return Math.max(expiring, nudged);
                })))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard);
    }

    private Uni<Integer> expiring(Instant now) {
        String kind = NotificationKind.ENROLMENT_EXPIRING.wireName();
        return candidates.expiring(now, now.plus(lead), kind, EXPIRY, BATCH)
                .chain(due -> write(due, NotificationKind.ENROLMENT_EXPIRING, EXPIRY, c -> Map.of("expiresOn",
                        DateTimeFormatter.ISO_LOCAL_DATE.format(c.moment().atOffset(ZoneOffset.UTC)))));
    }

    private Uni<Integer> nudges(Instant now) {
        String kind = NotificationKind.INACTIVITY_NUDGE.wireName();
        return candidates.quiet(now.minus(quiet), kind, NUDGE, BATCH)
                .chain(due -> write(due, NotificationKind.INACTIVITY_NUDGE, NUDGE, c -> Map.of()));
    }

    private Uni<Integer> write(List<Candidate> due, NotificationKind kind, String prefix,
            java.util.function.Function<Candidate, Map<String, String>> extra) {
        return Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(c -> recorder.record(c.tenantId(), c.enrolmentId(), kind,
                        c.sourceKey(prefix), extra.apply(c)))
                .collect().asList()
                .map(written -> (int) written.stream().filter(Boolean::booleanValue).count());
    }
}
