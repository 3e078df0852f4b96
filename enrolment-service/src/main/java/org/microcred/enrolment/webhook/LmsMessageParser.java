package org.microcred.enrolment.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/**
 * Reads a verified delivery's body into a typed, validated message: 400 when malformed, 422 for an unknown type or a
 * learner named by neither id nor email ({@code learner-unidentified}).
 */
@ApplicationScoped
public class LmsMessageParser {

    private final ObjectMapper mapper;
    private final Validator validator;

    public LmsMessageParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public LmsMessage parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The body must be a JSON object");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw ProblemException.invalid("type", "must not be blank");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw ProblemException.invalid("data", "must be an object");
        }
        Class<? extends Record> dataType = switch (type.asText()) {
            case LmsMessages.ENROLMENT_REQUESTED -> LmsMessages.EnrolmentRequested.class;
            case LmsMessages.ACTIVITY_COMPLETED -> LmsMessages.ActivityCompleted.class;
            case LmsMessages.AWARD_REQUESTED -> LmsMessages.AwardRequested.class;
            default -> throw new ProblemException(422, "unknown-webhook-type", "Unknown webhook type",
                    "Webhook type '" + abbreviate(type.asText()) + "' is not one of " + LmsMessages.ENROLMENT_REQUESTED
                            + ", " + LmsMessages.ACTIVITY_COMPLETED + ", " + LmsMessages.AWARD_REQUESTED);
        };
        Record typed = read(data, dataType);
        validate(typed);
        return new LmsMessage(type.asText(), typed);
    }

    private Record read(JsonNode data, Class<? extends Record> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "A field has the wrong type or form",
                    List.of(new FieldError(field.isEmpty() ? "data" : "data." + field, e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The data could not be read");
        }
    }

    private void validate(Record typed) {
        List<FieldError> errors = validator.validate(typed).stream()
                .map(v -> new FieldError("data." + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        if (typed instanceof LmsMessages.ActivityCompleted a && a.occurredAt() != null
                && a.occurredAt().isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
            errors.add(new FieldError("data.occurredAt", "must not be in the future"));
        }
        if (typed instanceof LmsMessages.AwardRequested a) {
            errors.addAll(AwardRequestRules.checkDates(a, Instant.now()));
            errors.sort(Comparator.comparing(FieldError::field));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The webhook data has invalid fields", errors);
        }
        if (!identifiesLearner(typed)) {
            throw unidentifiedLearner();
        }
    }

    /** Every type names its learner by id, by email, or by both (one rule: {@code Learners}). */
    private static boolean identifiesLearner(Record typed) {
        if (typed instanceof LmsMessages.EnrolmentRequested e) {
            return given(e.learner().id()) || given(e.learner().email());
        }
        if (typed instanceof LmsMessages.ActivityCompleted a) {
            return given(a.learner().id()) || given(a.learner().email());
        }
        if (typed instanceof LmsMessages.AwardRequested a) {
            return given(a.learner().id()) || given(a.learner().email());
        }
        return true;
    }

    /** 422 {@code learner-unidentified}: neither an id nor an email names the learner. */
    public static ProblemException unidentifiedLearner() {
        return new ProblemException(422, "learner-unidentified", "The learner is not identified",
                "data.learner must give the learner's id (their user id here) or their email, or both",
                List.of(new FieldError("data.learner", "must give the learner's id or email")));
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
