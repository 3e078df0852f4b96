package org.microcred.submission.storage;

/** What a file's content turned out to be: an accepted media type, or why it is refused. */
public record Detection(String mediaType, String rejection) {

    public static Detection accepted(String mediaType) {
        return new Detection(mediaType, null);
    }

    public static Detection rejected(String reason) {
        return new Detection(null, reason);
    }

    public boolean isAccepted() {
        return mediaType != null;
    }
}
