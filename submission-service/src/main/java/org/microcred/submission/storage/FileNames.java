package org.microcred.submission.storage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the name a client sent to a safe base name for display and download. The name never
 * becomes a path (files are stored under generated ids); this keeps it harmless in a
 * Content-Disposition header, a log line or an earner's download folder.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "file";
    /** What counts as an extension: up to 10 letters or digits after the last dot ("Dr. Smith essay" has none). */
    private static final Pattern EXTENSION = Pattern.compile("\\.([\\p{Alnum}]{1,10})$");

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
        name = trimDotsAndSpaces(name);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /**
     * The name without leading and trailing dots and white space, in one linear pass from each end (the regular
     * expression {@code [.\\s]+$} it replaces backtracks quadratically: a 120,000-character name took 16 s).
     */
    static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isDotOrSpace(name.charAt(start))) {
            start++;
        }
        while (end > start && isDotOrSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isDotOrSpace(char c) {
        return c == '.' || Character.isWhitespace(c);
    }

    /** The name's extension in lower case, without the dot, when it has one. */
    public static Optional<String> extensionOf(String fileName) {
        Matcher matcher = EXTENSION.matcher(fileName == null ? "" : fileName);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The name a file is served under: a {@link #sanitize sanitized} name that ends with one of its detected type's
     * extensions. Its own extension stays when it is one of them; any other is replaced, so a file is never handed
     * out under a name that tells the earner's system to open it as something else ({@code a.hta} holding a PDF is
     * served as {@code a.pdf}).
     */
    public static String servedAs(String safeName, String mediaType) {
        Optional<String> extension = extensionOf(safeName);
        if (extension.isPresent() && MediaTypes.extensionsOf(mediaType).contains(extension.get())) {
            return safeName;
        }
        String stem = extension.map(e -> safeName.substring(0, safeName.length() - e.length() - 1)).orElse(safeName);
        return sanitize((stem.isBlank() ? FALLBACK : stem) + "." + MediaTypes.servedExtensionOf(mediaType));
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
