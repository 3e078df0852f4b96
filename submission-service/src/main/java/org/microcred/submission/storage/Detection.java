package org.microcred.submission.storage;

/**
 * What a file's content turned out to be: its media type as detected from the bytes (or
 * {@code application/octet-stream} when unrecognised), and, when the content is refused whatever
 * a prompt allows (an executable, a macro, a name that lies about the type), why.
 */
public record Detection(String mediaType, String rejection) {

    public static Detection accepted(String mediaType) {
        return new Detection(mediaType, null);
    }

    public static Detection rejected(String mediaType, String reason) {
        return new Detection(mediaType, reason);
    }

    /** Not refused by its content; whether a prompt takes this type is decided apart. */
    public boolean isAccepted() {
        return rejection == null;
    }
}
