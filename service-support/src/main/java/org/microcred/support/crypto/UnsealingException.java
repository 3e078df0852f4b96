package org.microcred.support.crypto;

/** A sealed value that does not open. The message never holds the value nor the key. */
public class UnsealingException extends IllegalStateException {

    public UnsealingException(String message) {
        super(message);
    }
}
