package org.microcred.enrolment.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microcred.enrolment.webhook.AwardRequestRules;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.support.problem.Problem.FieldError;

/**
 * One row of a batch judged by itself, by the rules of a single {@code credential.award.requested}: its fields' form
 * ({@link LmsMessages.AwardRequested}'s constraints) and {@link AwardRequestRules}. Field names are the request's own
 * ({@code learner.email}), without the webhook's {@code data.} prefix. What the catalogue says of the micro-credential
 * is checked afterwards, once per distinct id ({@code AwardJobSubmissions}).
 */
public final class RowCheck {

    /** Set by a CSV record whose field count differs from the header's. */
    static final String FIELD_COUNT = "_fields";

    /** A row numbered from 1, its request when its form is right, and its problems. */
    public record Checked(int rowNo, LmsMessages.AwardRequested request, List<FieldError> errors, String canonical) {

        public boolean good() {
            return errors.isEmpty();
        }

        public Checked with(FieldError error) {
            List<FieldError> more = new ArrayList<>(errors);
            more.add(error);
            return new Checked(rowNo, request, List.copyOf(more), canonical);
        }
    }

    private RowCheck() {
    }

    public static Checked check(int rowNo, JsonNode row, ObjectMapper mapper, Validator validator, Instant now) {
        if (row == null || !row.isObject()) {
            return new Checked(rowNo, null, List.of(new FieldError("row", "must be an object")), "bad:" + row);
        }
        List<FieldError> errors = new ArrayList<>();
        ObjectNode data = ((ObjectNode) row).deepCopy();
        JsonNode fieldCount = data.remove(FIELD_COUNT);
        if (fieldCount != null) {
            errors.add(new FieldError("row", fieldCount.asText()));
        }
        List<String> unreadable = new ArrayList<>();
        LmsMessages.AwardRequested request = read(data, mapper, errors, unreadable);
        if (request == null) {
            return new Checked(rowNo, null, List.copyOf(errors), "bad:" + row);
        }
        validator.validate(request).stream()
                .filter(v -> !unreadable.contains(v.getPropertyPath().toString())) // absent as it could not be read
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        AwardRequestRules.check(request, now).forEach(e -> errors.add(new FieldError(
                e.field().startsWith("data.") ? e.field().substring("data.".length()) : e.field(), e.message())));
        errors.sort(Comparator.comparing(FieldError::field));
        return new Checked(rowNo, request, List.copyOf(errors), errors.isEmpty() ? canonical(request) : "bad:" + row);
    }

    /**
     * The request in one normal form, whatever the batch's format: what makes two batches the same batch. The email's
     * case, a score's trailing zeros and an instant's notation do not count.
     */
    static String canonical(LmsMessages.AwardRequested r) {
        LmsMessages.AwardLearner l = r.learner();
        BigDecimal score = r.score() == null ? null : r.score().stripTrailingZeros();
        return Stream.of(r.achievementId(), l.id(), l.email() == null ? null : l.email().trim().toLowerCase(Locale.ROOT),
                        l.studentId(), l.name(), r.startedAt(), r.completedAt(),
                        score == null ? null : score.toPlainString(), r.evidenceUrl())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("\u001f", "ok:", ""));
    }

    /**
     * The row as a request; a field of the wrong type or form is reported and left out, and the rest read again, so
     * that every problem of the row is named at once. Null when the row cannot be read at all.
     */
    private static LmsMessages.AwardRequested read(ObjectNode data, ObjectMapper mapper, List<FieldError> errors,
            List<String> unreadable) {
        for (int attempt = 0; attempt <= LmsMessages.AwardRequested.class.getRecordComponents().length + 4; attempt++) {
            try {
                return mapper.treeToValue(data, LmsMessages.AwardRequested.class);
            } catch (JsonMappingException e) {
                String field = path(e);
                errors.add(new FieldError(field, "has the wrong type or form: " + e.getOriginalMessage()));
                unreadable.add(field);
                if (!remove(data, e)) {
                    return null;
                }
            } catch (JsonProcessingException e) {
                errors.add(new FieldError("row", "could not be read"));
                return null;
            }
        }
        return null;
    }

    /** Removes the field the failure names; false when it names none. */
    private static boolean remove(ObjectNode data, JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        JsonNode node = data;
        for (int i = 0; i < refs.size() - 1; i++) {
            node = refs.get(i).getFieldName() == null ? null : node.get(refs.get(i).getFieldName());
            if (node == null || !node.isObject()) {
                return false;
            }
        }
        String last = refs.isEmpty() ? null : refs.get(refs.size() - 1).getFieldName();
        return last != null && ((ObjectNode) node).remove(last) != null;
    }

    private static String path(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? "row" : field;
    }
}
