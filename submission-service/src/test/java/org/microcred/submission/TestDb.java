package org.microcred.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Looks at the test database and the file store directly, to check what a request left behind. */
public final class TestDb {

    private TestDb() {
    }

    /** The first column of the first row of a {@code count(*)} query. */
    public static long count(String sql, Object... params) {
        Config config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every file in the test file store (including half-written ones). */
    public static long storedFiles() {
        Path root = Path.of(ConfigProvider.getConfig().getValue("microcred.storage.dir", String.class));
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows and stored files an attempt's evidence consists of, to compare before and after a request. */
    public record Evidence(long artifacts, long links, long storedFiles, String status) {
    }

    public static Evidence evidenceOf(java.util.UUID submissionId) {
        return new Evidence(count("SELECT count(*) FROM artifact WHERE submission_id = ?", submissionId),
                count("SELECT count(*) FROM evidence_link WHERE submission_id = ?", submissionId),
                storedFiles(),
                count("SELECT count(*) FROM submission WHERE id = ? AND status = 'DRAFT'", submissionId) == 1
                        ? "DRAFT" : "NOT_DRAFT");
    }
}
