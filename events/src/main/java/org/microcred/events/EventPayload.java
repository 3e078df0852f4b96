package org.microcred.events;

/**
 * The payload of an event. Each implementation is a record registered once in {@link EventType},
 * which gives it its type name, its topic and its schema version.
 */
public interface EventPayload {
}
