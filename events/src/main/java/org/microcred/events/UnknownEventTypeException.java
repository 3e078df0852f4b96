package org.microcred.events;

/**
 * A well-formed envelope of a type this version of the code does not know. Producers may add event
 * types (changes are additive), so consumers skip such events instead of dead-lettering them.
 */
public class UnknownEventTypeException extends MalformedEventException {
    public UnknownEventTypeException(String typeName) {
        super("unknown event type '" + typeName + "'");
    }
}
