package org.microcred.enrolment.outbound.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.enrolment.outbound.OutboundEndpoint;

/**
 * Tells the institution that the sender disabled one of its endpoints: a plain mail to the endpoint's
 * {@code contactEmail} through the SMTP server the notifications use (quarkus-mailer). Best effort: the endpoint's
 * {@code disabledReason} and the warning in the log say it too, and a mail that the server refuses is not retried.
 */
@ApplicationScoped
public class EndpointDisabledMail {

    private static final Logger LOG = Logger.getLogger(EndpointDisabledMail.class);

    private final ReactiveMailer mailer;

    public EndpointDisabledMail(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public void send(OutboundEndpoint endpoint) {
        if (endpoint.contactEmail == null || endpoint.contactEmail.isBlank()) {
            return;
        }
        String text = "Your webhook endpoint " + endpoint.id + (endpoint.description == null ? ""
                : " (" + endpoint.description + ")") + " was disabled: " + endpoint.disabledReason + ".\n\n"
                + "Fix the receiver, then enable it again (PATCH /api/v1/webhook-endpoints/" + endpoint.id
                + " {\"enabled\": true}) and replay the failed delivery if needed.\n";
        mailer.send(Mail.withText(endpoint.contactEmail, "Webhook endpoint disabled: " + endpoint.id, text))
                .subscribe().with(sent -> LOG.infof("Told the contact of endpoint %s that it was disabled",
                        endpoint.id), failure -> LOG.warnf("The mail about disabled endpoint %s was not sent: %s",
                        endpoint.id, failure.toString()));
    }
}
