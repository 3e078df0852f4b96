package org.microcred.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What enrolment-service settled for one enrolment (its notification rows) and the mails the earner received of it. */
record Delivered(List<NotificationRows.Row> rows, List<Mail> mails) {

    List<Mail> ofKind(String kind) {
        return mails.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    List<String> rowStatuses(String kind) {
        return rows.stream().filter(r -> kind.equals(r.kind())).map(NotificationRows.Row::status).toList();
    }

    /**
     * Exactly one mail of each kind, none of any other, and no mail twice: every Message-ID is delivered once (a
     * resend after a crash would carry its row's Message-ID again) and is the Message-ID of one SENT row.
     */
    void assertOnceEach(String... kinds) {
        for (String kind : kinds) {
            assertEquals(1, ofKind(kind).size(), "one " + kind + " mail: " + this);
        }
        assertEquals(Set.of(kinds), mails.stream().map(Mail::kind).collect(Collectors.toSet()), "the kinds mailed");
        assertEquals(mails.size(), mails.stream().map(Mail::messageId).distinct().count(),
                "each Message-ID delivered once: " + this);
        Set<String> sent = rows.stream().filter(r -> "SENT".equals(r.status())).map(NotificationRows.Row::messageId)
                .collect(Collectors.toSet());
        assertEquals(mails.size(), sent.size(), "one mail per SENT row: " + this);
        mails.forEach(m -> assertTrue(sent.contains(m.messageId()), m.messageId() + " is a SENT row's: " + this));
    }

    @Override
    public String toString() {
        return "rows " + rows + ", mails " + mails.stream().map(m -> m.kind() + " " + m.messageId() + " "
                + m.subject()).toList();
    }
}
