package org.microcred.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microcred.support.rest.CsvCell;

/**
 * The two export formats, one line per record, oldest first. CSV (RFC 4180: CRLF, a header line, fields quoted when
 * they hold a comma, a quote or a line break): {@code actorRoles}, {@code before} and {@code after} are the canonical
 * JSON text that was hashed, byte for byte. JSON lines: one {@link AuditView} object a line.
 */
public enum AuditExport {

    CSV("text/csv", "csv"),
    JSONL("application/x-ndjson", "jsonl");

    static final List<String> COLUMNS = List.of("tenantId", "seq", "recordedAt", "actorType", "actorId",
            "actorRoles", "eventId", "action", "objectType", "objectId", "before", "after", "prevHash", "hash");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public final String mediaType;
    public final String extension;

    AuditExport(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Null for any other name. */
    public static AuditExport named(String format) {
        return Stream.of(values()).filter(f -> f.extension.equals(format)).findFirst().orElse(null);
    }

    /** What comes before the first record: the CSV header, nothing for JSON lines. */
    public String header() {
        return this == CSV ? String.join(",", COLUMNS) + "\r\n" : "";
    }

    public String line(AuditRecord r) {
        if (this == JSONL) {
            try {
                return MAPPER.writeValueAsString(AuditView.of(r)) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an audit view is always writable", e);
            }
        }
        return Stream.of(r.tenantId, Long.toString(r.seq), AuditHash.time(r.recordedAt), r.actorType, r.actorId,
                        r.actorRoles, r.eventId != null ? r.eventId.toString() : "", r.action, r.objectType,
                        r.objectId, r.before != null ? r.before : "", r.after != null ? r.after : "", r.prevHash,
                        r.hash)
                .map(CsvCell::of)
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
