package org.microcred.wallet.vcapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.VerificationReport;

/**
 * VCALM's verification answer: {@code verified}, the names of the checks made, warnings, and errors as problem
 * details ({@code type}, {@code title}, {@code detail}). 200 only when verified; 422 when the input was well-formed
 * but is not verified (a failed check, a refused holder proof, a context or cryptosuite we cannot check); 400 when
 * it is malformed; 413 when too large. Never 200 with {@code verified: false}.
 *
 * @param credentialResults for a presentation: each credential's own result (null for a credential)
 * @param status            the HTTP status to answer with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VcApiResult(boolean verified, List<String> checks, List<Problem> warnings, List<Problem> errors,
        List<VcApiResult> credentialResults, @com.fasterxml.jackson.annotation.JsonIgnore int status) {

    static final String PROBLEMS = "https://microcred.org/problems/";

    /** One error or warning, as problem details. */
    public record Problem(String type, String title, String detail) {

        static Problem of(String slug, String title, String detail) {
            return new Problem(PROBLEMS + slug, title, detail);
        }
    }

    /** A credential's report: each failed check an error, an issuer we do not know a warning. */
    static VcApiResult of(VerificationReport report) {
        List<String> checks = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Check check : report.checks()) {
            checks.add(check.check());
            if (check.passed()) {
                continue;
            }
            Problem problem = Problem.of(check.check() + "-failed", "The " + check.check() + " check failed",
                    check.detail());
            (Check.ISSUER_KNOWN.equals(check.check()) ? warnings : errors).add(problem);
        }
        return report.verified() ? new VcApiResult(true, checks, warnings, List.of(), null, 200)
                : new VcApiResult(false, checks, warnings, errors, null, 422);
    }

    /** A credential that cannot be checked at all: malformed (400), too large (413), or not checkable (422). */
    static VcApiResult of(CredentialException e) {
        ProblemException problem = org.microcred.wallet.verification.rest.VerifyResource.problemOf(e);
        return refused(problem);
    }

    static VcApiResult refused(ProblemException problem) {
        var details = problem.toProblem(null);
        return new VcApiResult(false, List.of(), List.of(), List.of(new Problem(details.type(), details.title(),
                details.detail())), null, problem.status());
    }

    static VcApiResult failed(int status, String slug, String title, String detail) {
        return new VcApiResult(false, List.of(), List.of(), List.of(Problem.of(slug, title, detail)), null, status);
    }
}
