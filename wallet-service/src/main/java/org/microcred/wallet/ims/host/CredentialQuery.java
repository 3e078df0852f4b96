package org.microcred.wallet.ims.host;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.microcred.support.problem.ProblemException;

/**
 * {@code getCredentials}' query: {@code limit} (1 to the most a page holds; absent, the default), {@code offset}
 * (from 0) and {@code since} (credentials issued after it; an ISO 8601 date-time, UTC when it names no offset, as
 * the specification's {@code YYYY-MM-DDThh:mm:ss}). Read from the raw strings, so a bad value is a 400
 * {@code invalid_query_parameter} naming it, not the 404 a failed conversion of a typed parameter would be.
 */
public record CredentialQuery(int limit, int offset, Instant since) {

    public static final String SLUG = "invalid-query-parameter";

    public static CredentialQuery of(String limit, String offset, String since, ImsHostConfig config) {
        int pageSize = limit == null ? config.defaultLimit() : number("limit", limit, 1, config.maxLimit());
        int start = offset == null ? 0 : number("offset", offset, 0, Integer.MAX_VALUE);
        return new CredentialQuery(pageSize, start, since == null ? null : instant(since));
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw refused(name, "must be a whole number from " + min + " to " + max);
    }

    private static Instant instant(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.trim());
            return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(parsed)
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw refused("since", "must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z");
        }
    }

    private static ProblemException refused(String name, String why) {
        return new ProblemException(400, SLUG, "Invalid query parameter", "The query parameter " + name + " " + why);
    }
}
