package org.microcred.e2e.notification;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message as the SMTP server delivered it to the Maildir: its headers (unfolded, encoded words decoded, the first
 * occurrence of a name kept: only {@code Received} repeats) and its leaf MIME parts, each decoded to text.
 */
record Mail(Path file, Map<String, String> headers, List<Part> parts) {

    /** A leaf part: its media type (lower case, without parameters) and its decoded text. */
    record Part(String mediaType, String text) {
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The address in {@code To}, without a display name. */
    String recipient() {
        String to = header("To");
        if (to == null) {
            return null;
        }
        int open = to.indexOf('<');
        return (open < 0 ? to : to.substring(open + 1, to.indexOf('>', open))).strip().toLowerCase(Locale.ROOT);
    }

    String subject() {
        return header("Subject");
    }

    String messageId() {
        return header("Message-ID");
    }

    /** The notification kind enrolment-service names in {@code X-Microcred-Notification}. */
    String kind() {
        return header("X-Microcred-Notification");
    }

    /** The one-click unsubscribe URL of {@code List-Unsubscribe} (RFC 8058), without its angle brackets. */
    String unsubscribeUrl() {
        String value = header("List-Unsubscribe");
        if (value == null || !value.startsWith("<") || !value.endsWith(">")) {
            throw new AssertionError("no List-Unsubscribe <url> in " + file + ": " + value);
        }
        return value.substring(1, value.length() - 1);
    }

    /** The text of the first part of a media type ({@code text/plain}, {@code text/html}). */
    String text(String mediaType) {
        return parts.stream().filter(p -> p.mediaType().equals(mediaType)).map(Part::text).findFirst()
                .orElseThrow(() -> new AssertionError("no " + mediaType + " part in " + file + ": " + parts));
    }
}
