package org.microcred.e2e.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.microcred.e2e.RunningSystem;

/** The {@code notification} rows of enrolment-service's database for one enrolment, as it committed them. */
final class NotificationRows {

    /** One row: the mail's kind, PENDING/SENT/SKIPPED, and its failed attempts. */
    record Row(UUID id, String kind, String status, int attempts) {

        /** The Message-ID its mail carries (NotificationMail: derived from the row's id). */
        String messageId() {
            return "<" + id + "@notification.microcred>";
        }
    }

    private final RunningSystem system;

    NotificationRows(RunningSystem system) {
        this.system = system;
    }

    List<Row> of(String enrolmentId) {
        try (Connection db = system.database("enrolment");
                PreparedStatement query = db.prepareStatement("SELECT id, kind, status, attempts FROM notification"
                        + " WHERE enrolment_id = ?::uuid ORDER BY created_at")) {
            query.setString(1, enrolmentId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the notifications of enrolment " + enrolmentId, e);
        }
    }
}
