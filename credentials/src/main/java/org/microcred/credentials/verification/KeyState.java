package org.microcred.credentials.verification;

/** What an issuer says of one of its keys. */
public enum KeyState {
    /** Signs new credentials. */
    ACTIVE,
    /** Rotated out: credentials it signed still verify. */
    RETIRED,
    /** Marked compromised: credentials it signed fail verification. */
    COMPROMISED
}
