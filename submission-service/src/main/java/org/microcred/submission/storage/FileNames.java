package org.microcred.submission.storage;

import java.text.Normalizer;

/**
 * Reduces the name a client sent to a safe base name for display and download. The name never
 * becomes a path (files are stored under generated ids); this keeps it harmless in a
 * Content-Disposition header, a log line or an earner's download folder.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "file";

    private FileNames() {
    }

    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // Only the last segment, whichever separator the client's system uses.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> safe.appendCodePoint(isSafe(cp) ? cp : '_'));
        name = safe.toString().replaceAll("_{2,}", "_").strip();
        // No hidden files, no "." or "..", no trailing dots (Windows drops them).
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    private static boolean isSafe(int cp) {
        return Character.isLetterOrDigit(cp) || cp == ' ' || cp == '.' || cp == '-' || cp == '_'
                || cp == '(' || cp == ')' || cp == '+' || cp == ',';
    }

    /** Keeps the extension when a long name is cut, so the type stays visible. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }
}
