package org.microcred.submission.messaging;

/** The consumer name under which this service records processed events (processed_event.consumer). */
final class EventConsumers {

    /** One name for all three topics, as before the handlers were split: event ids are unique across topics. */
    static final String SUBMISSIONS = "submissions";

    private EventConsumers() {
    }
}
