package org.microcred.enrolment.governance.rest;

import jakarta.validation.constraints.Size;
import org.microcred.support.problem.ProblemException;

/**
 * The comment of a review step (submit, approve, reject): at most 2000 characters; required on reject, where a blank
 * one is refused too. The body is optional where the comment is.
 */
public record ReviewRequest(@Size(max = ReviewRequest.MAX_COMMENT) String comment) {

    public static final int MAX_COMMENT = 2000;

    /** The comment without surrounding blanks; null when there is no body or the comment is blank. */
    public static String commentOf(ReviewRequest request) {
        return request == null || request.comment == null || request.comment.isBlank() ? null
                : request.comment.strip();
    }

    /** A rejection says why: 400 {@code validation} naming {@code comment} without one. */
    public static String requiredCommentOf(ReviewRequest request) {
        String comment = commentOf(request);
        if (comment == null) {
            throw ProblemException.invalid("comment", "a rejection needs a comment (at most " + MAX_COMMENT
                    + " characters)");
        }
        return comment;
    }
}
