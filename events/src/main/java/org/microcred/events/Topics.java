package org.microcred.events;

/** One topic per producing stage, named {@code <stage>.<what>.v<major>}. */
public final class Topics {
    /** Compacted: the full state of each micro-credential definition, keyed by its id. */
    public static final String CATALOGUE = "catalogue.achievements.v1";
    public static final String ENROLMENT = "enrolment.events.v1";
    public static final String SUBMISSION = "submission.events.v1";
    public static final String ASSESSMENT = "assessment.events.v1";
    public static final String ISSUANCE = "issuance.credentials.v1";
    public static final String WALLET = "wallet.events.v1";

    private Topics() {
    }
}
