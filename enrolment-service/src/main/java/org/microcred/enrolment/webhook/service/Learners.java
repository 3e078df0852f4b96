package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.support.problem.ProblemException;

/**
 * Who an LMS message is about, the same way for every type ({@code enrolment.requested}, {@code activity.completed},
 * {@code credential.award.requested}): the user id the LMS gives; else the account that enrolled in this tenant with
 * the email given; else a stand-in earner id for a learner without an account ({@code unclaimed:} + SHA-256 of the
 * lower-cased email, {@link ClaimLinks#standInFor}). The parser made sure that an id or an email is given.
 */
@ApplicationScoped
public class Learners {

    /** The learner here: an earner id (a user id or a stand-in) and the email the LMS gave or enrolments know. */
    public record Learner(String earnerId, String email, String name, boolean standIn) {
    }

    private final EnrolmentRepository enrolments;

    public Learners(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    /**
     * Resolves the learner in the tenant. {@code emailRequired} (an award: the credential is issued to an email): an
     * id given without an email takes the email of the learner's enrolments here, and 422
     * {@code learner-email-unknown} when there is none.
     */
    public Uni<Learner> resolve(String tenantId, String id, String email, String name, boolean emailRequired) {
        String givenId = blankToNull(id);
        String givenEmail = blankToNull(email);
        if (givenId != null) {
            if (givenEmail != null || !emailRequired) {
                return Uni.createFrom().item(new Learner(givenId, givenEmail, name, false));
            }
            return enrolments.emailOf(tenantId, givenId).map(found -> {
                if (found == null) {
                    throw new ProblemException(422, "learner-email-unknown", "The learner's email is unknown",
                            "Learner " + givenId + " has no enrolment with an email here: give data.learner.email");
                }
                return new Learner(givenId, found, name, false);
            });
        }
        if (givenEmail == null) {
            // The parser refuses such a message when it arrives; a delivery stored before that rule fails here.
            throw LmsMessageParser.unidentifiedLearner();
        }
        return enrolments.accountWithEmail(tenantId, givenEmail).map(account -> account != null
                ? new Learner(account, givenEmail, name, false)
                : new Learner(ClaimLinks.standInFor(givenEmail), givenEmail, name, true));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
