package org.microcred.enrolment.image;

import org.microcred.support.problem.ProblemException;

/** The refusals of an uploaded image, each with its own status and problem type. */
final class ImageProblems {

    private ImageProblems() {
    }

    /** 415: the declared type (or file name) and the content disagree, or the content is neither PNG nor SVG. */
    static ProblemException unsupported(String detail) {
        return new ProblemException(415, "unsupported-image", "Unsupported image", detail);
    }

    /** 413: over the size limit. */
    static ProblemException tooLarge(int size, int limit) {
        return new ProblemException(413, "image-too-large", "Image too large",
                "The image has " + size + " bytes; at most " + limit + " are accepted");
    }

    /** 422: a well-typed image this deployment will not serve (dimensions, unsafe SVG content, malformed). */
    static ProblemException unacceptable(String slug, String detail) {
        return new ProblemException(422, slug, "Unacceptable image", detail);
    }
}
