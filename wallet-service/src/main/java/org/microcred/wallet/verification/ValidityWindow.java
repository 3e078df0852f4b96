package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * {@code validFrom <= now <= validUntil}, for whichever of the two the credential states; a VC 1.1 credential states
 * them as {@code issuanceDate} and {@code expirationDate}.
 */
final class ValidityWindow {

    private ValidityWindow() {
    }

    static Check check(JsonNode credential, Instant now) {
        Instant from;
        Instant until;
        try {
            boolean v1 = StructureCheck.VC_V1.equals(credential.path("@context").path(0).asText(null));
            from = dateTime(credential, v1 ? "issuanceDate" : "validFrom");
            until = dateTime(credential, v1 ? "expirationDate" : "validUntil");
        } catch (IllegalArgumentException e) {
            return Check.failed(Check.VALIDITY_WINDOW, e.getMessage());
        }
        if (from != null && now.isBefore(from)) {
            return Check.failed(Check.VALIDITY_WINDOW, "not valid yet: valid from " + from);
        }
        if (until != null && now.isAfter(until)) {
            return Check.failed(Check.VALIDITY_WINDOW, "expired: valid until " + until);
        }
        if (from == null && until == null) {
            return Check.passed(Check.VALIDITY_WINDOW, "the credential states no validity period");
        }
        return Check.passed(Check.VALIDITY_WINDOW, "valid " + (from == null ? "" : "from " + from)
                + (from != null && until != null ? " " : "") + (until == null ? " with no end" : "until " + until));
    }

    /** An XML Schema dateTime; one without a time zone is read as UTC. Null when absent. */
    static Instant dateTime(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not a date-time string");
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value.asText());
            return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(parsed)
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a valid date-time: " + value.asText());
        }
    }
}
