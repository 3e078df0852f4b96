package org.microcred.wallet.ims.clients;

/** Keycloak could not be asked (down, slow, or the wallet's own client refused): 503, try again later. */
public class RegistrationUnavailable extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    public RegistrationUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
