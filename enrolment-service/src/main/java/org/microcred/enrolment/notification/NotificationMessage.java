package org.microcred.enrolment.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one notification says, by kind, from the data stored with it: subject, heading, paragraphs and links. Plain
 * strings; the templates (templates/notification/mail.html and mail.txt) put them in the institution's frame.
 */
public record NotificationMessage(String subject, String heading, List<String> paragraphs, List<Link> links) {

    public record Link(String label, String url) {
    }

    /** Where the links point: the earner's dashboard (enrolment-service) and the wallet. */
    public record Places(String publicBaseUrl, String walletBaseUrl) {

        String journey(String enrolmentId) {
            return publicBaseUrl + "/api/v1/dashboard/" + enrolmentId;
        }

        String credential(String credentialId) {
            return walletBaseUrl + "/api/v1/wallet/credentials/" + credentialId;
        }
    }

    public static NotificationMessage of(NotificationKind kind, Map<String, String> data, Places places) {
        String name = data.getOrDefault("achievementName", "your micro-credential");
        String enrolment = data.get("enrolmentId");
        List<Link> links = new ArrayList<>();
        // A learner with a claim link has no account yet: their journey is not theirs to open until they claim.
        if (enrolment != null && kind != NotificationKind.CREDENTIAL_ISSUED && kind != NotificationKind.CLAIM_OFFERED) {
            links.add(new Link("Your journey", places.journey(enrolment)));
        }
        return switch (kind) {
            case FEEDBACK -> "REVISE".equals(data.get("decision"))
                    ? new NotificationMessage("A revision is asked: " + name, "Your assessor asks for a revision",
                            List.of("Your assessor read attempt " + data.getOrDefault("attempt", "") + " of " + name
                                    + " and asks you to revise it.",
                                    "Read the feedback on each criterion, then submit again."), links)
                    : new NotificationMessage("Feedback on " + name, "Your feedback is ready",
                            List.of("Attempt " + data.getOrDefault("attempt", "") + " of " + name
                                    + " was assessed and not awarded.", "Read the feedback on each criterion."), links);
            case AWARDED -> new NotificationMessage("Awarded: " + name, "Congratulations!",
                    List.of("Your evidence for " + name + " was judged and awarded.",
                            "Your credential is being issued; we will write again when it is in your wallet."), links);
            case CREDENTIAL_ISSUED -> {
                String credential = data.get("credentialId");
                links.add(new Link("See your credential", places.credential(credential)));
                links.add(new Link("Share it (a link for employers)", places.credential(credential) + "/shares"));
                yield new NotificationMessage("Your credential is ready: " + name, "Your credential is in your wallet",
                        List.of("The credential for " + name + " was issued and is in your wallet.",
                                "Share it with a link that anyone can open and verify."), links);
            }
            case CREDENTIAL_STATUS -> {
                boolean revoked = "REVOKED".equals(data.get("status"));
                String reason = data.get("reason");
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add("The institution " + (revoked ? "revoked" : "suspended") + " your credential for "
                        + name + (revoked ? "." : " for now."));
                if (reason != null && !reason.isBlank()) {
                    paragraphs.add("Reason given: " + reason);
                }
                paragraphs.add("Verifiers now see it as " + (revoked ? "revoked" : "suspended")
                        + ". Contact your institution if you have questions.");
                yield new NotificationMessage("Your credential was " + (revoked ? "revoked" : "suspended") + ": "
                        + name, revoked ? "Your credential was revoked" : "Your credential is suspended",
                        List.copyOf(paragraphs), links);
            }
            case CLAIM_OFFERED -> {
                links.add(new Link("Claim your credential", data.get("claimUrl")));
                if ("enrolment".equals(data.get("offeredFor"))) {
                    // Offered with an enrolment: nothing is earned yet; the same link claims what follows.
                    yield new NotificationMessage("Your credentials for " + name + " will wait for you",
                            "You are enrolled in " + name, List.of("Your institution enrolled you in " + name
                                    + ". The credential you earn there will wait for you in a wallet.",
                                    "To receive it, sign in with this email address (or create your account with"
                                            + " it), then open the link below. The link works once, and only until "
                                            + data.getOrDefault("expiresOn", "it expires") + "."), links);
                }
                yield new NotificationMessage("A credential is waiting for you: " + name, "You earned " + name,
                        List.of("Your institution awarded you " + name + ". It is waiting for you in a wallet.",
                                "To receive it, sign in with this email address (or create your account with it),"
                                        + " then open the link below. The link works once, and only until "
                                        + data.getOrDefault("expiresOn", "it expires") + "."), links);
            }
            case ENROLMENT_EXPIRING -> new NotificationMessage("Your enrolment in " + name + " expires soon",
                    "Your enrolment expires soon",
                    List.of("Your enrolment in " + name + " expires on " + data.getOrDefault("expiresOn", "") + ".",
                            "Submit your evidence, or report progress, before then to keep your place."), links);
            case INACTIVITY_NUDGE -> new NotificationMessage("Pick up where you left off: " + name,
                    "Ready to continue?",
                    List.of("You enrolled in " + name + " and have not been active for a while.",
                            "Your draft is saved: open your journey to see what comes next."), links);
        };
    }
}
