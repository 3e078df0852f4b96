package org.microcred.enrolment.governance.rest;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.microcred.support.problem.ProblemException;

/**
 * The comment of a review step (submit, approve, reject): at most 2000 characters; required on reject, where a blank
 * one is refused too. The body is optional where the comment is. On approve and reject, {@code submittedAt} names the
 * submission the reviewer answers (the {@code submittedAt} the version in review showed them): when it is no longer the
 * version's current one (withdrawn, changed and submitted again meanwhile), 409 {@code review-stale}. Left out, the
 * version in review now is the one answered.
 */
public record ReviewRequest(@Size(max = ReviewRequest.MAX_COMMENT) String comment, Instant submittedAt) {

    public static final int MAX_COMMENT = 2000;

    /** The comment without surrounding blanks; null when there is no body or the comment is blank. */
    public static String commentOf(ReviewRequest request) {
        return request == null || request.comment == null || request.comment.isBlank() ? null
                : request.comment.strip();
    }

    /** The submission an approval or rejection answers; null when the request does not say. */
    public static Instant submissionOf(ReviewRequest request) {
        return request == null ? null : request.submittedAt;
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
