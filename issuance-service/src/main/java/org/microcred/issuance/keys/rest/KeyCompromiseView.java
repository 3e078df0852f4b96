package org.microcred.issuance.keys.rest;

/**
 * The answer to marking a key compromised.
 *
 * @param credentialsInvalidated how many issued credentials it had signed: they now fail verification
 * @param statusListsResigned    how many status lists it had signed, now re-signed with the active key
 */
public record KeyCompromiseView(IssuerKeyView key, long credentialsInvalidated, int statusListsResigned) {
}
