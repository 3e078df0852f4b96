package org.microcred.enrolment.webhook;

/** A parsed, valid LMS delivery: its type and its typed data. */
public record LmsMessage(String type, Record data) {
}
