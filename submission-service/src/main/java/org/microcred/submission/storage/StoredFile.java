package org.microcred.submission.storage;

/** Bytes the file store now holds: under which key, how many, and their SHA-256 (hex). */
public record StoredFile(String key, long size, String sha256) {
}
