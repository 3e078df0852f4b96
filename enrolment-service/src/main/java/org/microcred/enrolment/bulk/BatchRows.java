package org.microcred.enrolment.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.support.problem.ProblemException;

/**
 * A batch's body as rows, each the data of one {@code credential.award.requested} as a JSON tree, numbered from 1 in
 * the batch's order: {@code {"rows": [...]}}, or CSV with a header row naming the columns {@link #COLUMNS} (any order,
 * any subset with achievementId; case-insensitive). An empty CSV cell is an absent field. More rows than allowed is
 * 422 {@code too-many-rows}; no row at all, 422 {@code no-rows}.
 */
public final class BatchRows {

    public static final List<String> COLUMNS = List.of("achievementId", "learnerId", "email", "studentId", "name",
            "startedAt", "completedAt", "score", "evidenceUrl");

    private BatchRows() {
    }

    public static List<JsonNode> fromJson(ObjectMapper mapper, byte[] body, int maxRows) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The body is not valid JSON");
        }
        JsonNode rows = root == null ? null : root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw ProblemException.invalid("rows", "must be an array of award requests");
        }
        checkCount(rows.size(), maxRows);
        List<JsonNode> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }

    public static List<JsonNode> fromCsv(ObjectMapper mapper, byte[] body, int maxRows) {
        List<List<String>> records = CsvRecords.parse(utf8(body));
        if (records.isEmpty()) {
            throw ProblemException.invalid("header", "the CSV has no header row");
        }
        List<String> header = header(records.get(0));
        checkCount(records.size() - 1, maxRows);
        List<JsonNode> rows = new ArrayList<>(records.size() - 1);
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(mapper.valueToTree(rowOf(header, record)));
        }
        return rows;
    }

    /** The header's columns by their canonical names; an unknown or repeated column, or no achievementId: 400. */
    private static List<String> header(List<String> names) {
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.trim())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("header",
                            "unknown column '" + abbreviate(name) + "': the columns are " + String.join(", ", COLUMNS)));
            if (columns.contains(column)) {
                throw ProblemException.invalid("header", "column " + column + " is named twice");
            }
            columns.add(column);
        }
        if (!columns.contains("achievementId")) {
            throw ProblemException.invalid("header", "the header must name the column achievementId");
        }
        return columns;
    }

    /**
     * A CSV record as the JSON data of an award request. A record with more or fewer fields than the header keeps the
     * fields it has, plus {@code _fields}, which the row's check reports.
     */
    private static Map<String, Object> rowOf(List<String> header, List<String> record) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Object> learner = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
            String value = record.get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            switch (header.get(i)) {
                case "learnerId" -> learner.put("id", value);
                case "email", "studentId", "name" -> learner.put(header.get(i), value);
                default -> row.put(header.get(i), value);
            }
        }
        row.put("learner", learner);
        if (record.size() != header.size()) {
            row.put(RowCheck.FIELD_COUNT, record.size() + " fields where the header has " + header.size());
        }
        return row;
    }

    private static void checkCount(int rows, int maxRows) {
        if (rows == 0) {
            throw new ProblemException(422, "no-rows", "No rows", "The batch has no rows");
        }
        if (rows > maxRows) {
            throw new ProblemException(422, "too-many-rows", "Too many rows",
                    "A batch may have at most " + maxRows + " rows; this one has " + rows + ". Split it");
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The CSV is not UTF-8 text");
        }
    }

    private static String abbreviate(String text) {
        if (text.isBlank()) {
            return "(empty)";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
