package org.microcred.enrolment.notification.rest;

import java.util.Map;

/**
 * The earner's notification settings: each kind ({@code feedback}, {@code awarded}, {@code credential-issued},
 * {@code credential-status}, {@code enrolment-expiring}, {@code inactivity-nudge}) on or off. A PUT may name only the
 * kinds it changes.
 */
public record NotificationPreferencesView(Map<String, Boolean> preferences) {
}
