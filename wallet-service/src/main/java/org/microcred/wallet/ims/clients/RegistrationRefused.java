package org.microcred.wallet.ims.clients;

/**
 * A registration refused as RFC 7591 section 3.2.2 says: 400 with an {@code error} code
 * ({@value #INVALID_CLIENT_METADATA}, {@value #INVALID_REDIRECT_URI}) and a description a developer can act on.
 */
public class RegistrationRefused extends RuntimeException {

    public static final String INVALID_CLIENT_METADATA = "invalid_client_metadata";
    public static final String INVALID_REDIRECT_URI = "invalid_redirect_uri";

    private final String error;

    public RegistrationRefused(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    static RegistrationRefused metadata(String description) {
        return new RegistrationRefused(INVALID_CLIENT_METADATA, description);
    }

    public String error() {
        return error;
    }
}
