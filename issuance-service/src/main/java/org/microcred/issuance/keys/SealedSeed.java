package org.microcred.issuance.keys;

/**
 * A private key seed as stored: AES-256-GCM ciphertext (with its 128-bit tag) and the 96-bit
 * nonce it was sealed with.
 */
public record SealedSeed(byte[] ciphertext, byte[] nonce) {
}
