package org.microcred.issuance.oid4vci;

import org.microcred.support.capability.CapabilityValues;

/** What the OpenID4VCI flow adds to {@link CapabilityValues}: the transaction code and how it is stored. */
final class Secrets {

    static final int TX_CODE_DIGITS = 6;

    private Secrets() {
    }

    static String newTxCode() {
        return CapabilityValues.newDigits(TX_CODE_DIGITS);
    }

    /** A tx_code's hash, salted with its offer so equal codes of two offers differ. */
    static String txCodeHash(String offerIdHash, String txCode) {
        return CapabilityValues.sha256(offerIdHash + ":" + txCode);
    }
}
