package org.microcred.enrolment.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a client may give with an upload, from {@code Content-Disposition: attachment; filename="..."}. */
final class ImageUploadRequest {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

    private ImageUploadRequest() {
    }

    static String fileName(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        Matcher m = FILENAME.matcher(contentDisposition);
        return m.find() && !m.group(1).isBlank() ? m.group(1).trim() : null;
    }
}
