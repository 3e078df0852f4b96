package org.microcred.e2e.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.e2e.Poll;

/** Waits for the notifications of one enrolment to settle and reads the earner's mails about its micro-credential. */
final class EarnerInbox {

    /** Sending is woken by the commit; after a failed attempt the next comes within 2 s (RunningSystem's setting). */
    static final Duration SETTLE = Duration.ofSeconds(60);

    private final Maildir maildir;
    private final NotificationRows rows;

    EarnerInbox(Maildir maildir, NotificationRows rows) {
        this.maildir = maildir;
        this.rows = rows;
    }

    /**
     * Waits until the enrolment has exactly the rows {@code expected} counts by kind, none PENDING, and the mail of
     * every SENT row is delivered; answers them with every mail to {@code recipient} about {@code achievementName}.
     */
    Delivered await(String enrolmentId, String recipient, String achievementName, Map<String, Long> expected) {
        return Poll.until("notifications " + expected + " of enrolment " + enrolmentId + " settled and delivered",
                SETTLE, Duration.ofMillis(250), () -> {
                    List<NotificationRows.Row> now = rows.of(enrolmentId);
                    Map<String, Long> kinds = now.stream().collect(Collectors.groupingBy(NotificationRows.Row::kind,
                            Collectors.counting()));
                    if (!kinds.equals(expected) || now.stream().anyMatch(r -> "PENDING".equals(r.status()))) {
                        return Optional.empty();
                    }
                    Delivered delivered = new Delivered(now, mails(recipient, achievementName));
                    boolean allDelivered = now.stream().filter(r -> "SENT".equals(r.status()))
                            .map(NotificationRows.Row::messageId)
                            .allMatch(id -> delivered.mails().stream().anyMatch(m -> id.equals(m.messageId())));
                    return allDelivered ? Optional.of(delivered) : Optional.empty();
                });
    }

    /** Every mail delivered to {@code recipient} whose subject names the micro-credential. */
    List<Mail> mails(String recipient, String achievementName) {
        return maildir.messages(m -> recipient.equals(m.recipient()) && m.subject() != null
                && m.subject().contains(achievementName));
    }

    static Map<String, Long> counts(String... kinds) {
        return Arrays.stream(kinds).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
