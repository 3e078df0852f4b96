package org.microcred.issuance.keys;

/**
 * An issuer key opened for signing, for the length of one transaction. The seed never leaves the
 * service: it is neither logged (see {@link #toString()}) nor returned by any API.
 *
 * @param verificationMethod {@code <issuerId>/keys/<keyId>}, the key URL recognizers resolve
 */
public record SigningKey(String tenantId, String keyId, String verificationMethod, byte[] seed) {

    @Override
    public String toString() {
        return "SigningKey[" + verificationMethod + "]";
    }
}
