package org.microcred.events;

/** A message that is not a readable event. It goes to the dead-letter topic without retries. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super("Malformed event: " + message);
    }
}
