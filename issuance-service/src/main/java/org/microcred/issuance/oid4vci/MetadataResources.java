package org.microcred.issuance.oid4vci;

/** Where the metadata documents are served; the classes below are the three addresses wallets look them up at. */
final class MetadataResources {

    /** Public documents that change only with configuration: cached for five minutes. */
    static final int MAX_AGE_SECONDS = 300;
    static final String TENANT = "^[A-Za-z0-9._-]+$";

    private MetadataResources() {
    }
}
