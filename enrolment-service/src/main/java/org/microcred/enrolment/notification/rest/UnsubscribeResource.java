package org.microcred.enrolment.notification.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.enrolment.notification.UnsubscribeToken;
import org.microcred.enrolment.notification.repository.NotificationPreferences;
import org.microcred.enrolment.notification.service.NotificationMail;
import org.microcred.support.problem.ProblemException;

/**
 * The one-click unsubscribe of RFC 8058: a mail program POSTs {@code List-Unsubscribe=One-Click} to the URL of the
 * mail's {@code List-Unsubscribe} header, with no login; the signed token in the URL says which earner turns which
 * kind off. Only POST changes anything (RFC 8058: a GET, which link scanners make, must not). Answers 204; again:
 * 204, unchanged. A token this service did not sign: 400 {@code invalid-unsubscribe-token}.
 */
@Path(NotificationMail.UNSUBSCRIBE_PATH)
public class UnsubscribeResource {

    private static final Logger LOG = Logger.getLogger(UnsubscribeResource.class);

    private final NotificationMail mails;
    private final NotificationPreferences preferences;

    public UnsubscribeResource(NotificationMail mails, NotificationPreferences preferences) {
        this.mails = mails;
        this.preferences = preferences;
    }

    @POST
    @PermitAll
    public Uni<Response> unsubscribe(@QueryParam("token") String token) {
        UnsubscribeToken.Subject subject = mails.tokens().flatMap(t -> t.verify(token))
                .orElseThrow(() -> new ProblemException(400, "invalid-unsubscribe-token", "Invalid unsubscribe link",
                        "The unsubscribe link is not valid: it may have been altered or cut short"));
        return Panache.withTransaction(() -> preferences.set(subject.tenantId(), subject.earnerId(), subject.kind(),
                        false, Instant.now()))
                .invoke(() -> LOG.infof("Earner %s of %s turned %s notifications off (one-click unsubscribe)",
                        subject.earnerId(), subject.tenantId(), subject.kind().wireName()))
                .map(ignored -> Response.noContent().build());
    }
}
