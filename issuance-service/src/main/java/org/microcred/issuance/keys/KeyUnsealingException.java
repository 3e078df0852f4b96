package org.microcred.issuance.keys;

/** A stored key seed that does not decrypt: a server fault (wrong master key, altered row), never a client's. */
public class KeyUnsealingException extends IllegalStateException {

    public KeyUnsealingException(String message) {
        super(message);
    }
}
