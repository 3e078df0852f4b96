package org.microcred.enrolment.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.microcred.enrolment.notification.Branding;
import org.microcred.enrolment.notification.Notification;
import org.microcred.enrolment.notification.NotificationConfig;
import org.microcred.enrolment.notification.NotificationMessage;
import org.microcred.enrolment.notification.UnsubscribeToken;

/**
 * Makes the mail of one notification: the message of its kind in the institution's frame, as plain text and HTML
 * (Qute), from the institution's name, with its reply address, a Message-ID derived from the row's id and, when a
 * secret is configured, the one-click unsubscribe headers of RFC 8058 for that earner and kind.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class);
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };
    public static final String UNSUBSCRIBE_PATH = "/api/v1/notifications/unsubscribe";

    private final Template html;
    private final Template text;
    private final NotificationConfig config;
    private final ObjectMapper mapper;
    private final Optional<UnsubscribeToken> tokens;

    public NotificationMail(@Location("notification/mail.html") Template html,
            @Location("notification/mail.txt") Template text, NotificationConfig config, ObjectMapper mapper) {
        this.html = html;
        this.text = text;
        this.config = config;
        this.mapper = mapper;
        this.tokens = config.unsubscribeSecret().filter(s -> !s.isBlank()).map(UnsubscribeToken::new);
        if (tokens.isEmpty()) {
            LOG.warn("microcred.notification.unsubscribe-secret is not set: notification mails go out without"
                    + " one-click unsubscribe links (MICROCRED_NOTIFICATION_UNSUBSCRIBE_SECRET)");
        }
    }

    /** The token checker, when a secret is configured. */
    public Optional<UnsubscribeToken> tokens() {
        return tokens;
    }

    public Mail mailOf(Notification n) {
        Branding branding = Branding.of(config, n.tenantId);
        NotificationMessage message = NotificationMessage.of(n.kind(), data(n),
                new NotificationMessage.Places(trim(config.publicBaseUrl()), trim(config.walletBaseUrl())));
        String unsubscribeUrl = tokens.map(t -> trim(config.publicBaseUrl()) + UNSUBSCRIBE_PATH + "?token="
                + t.sign(new UnsubscribeToken.Subject(n.tenantId, n.earnerId, n.kind()))).orElse(null);
        String greeting = n.earnerName == null || n.earnerName.isBlank() ? "there" : n.earnerName;
        Mail mail = Mail.withText(n.recipient, message.subject(), render(text, branding, message, greeting, unsubscribeUrl))
                .setHtml(render(html, branding, message, greeting, unsubscribeUrl))
                .setFrom(quoted(branding.name()) + " <" + config.from() + ">")
                .addHeader("Message-ID", n.messageId())
                .addHeader("X-Microcred-Notification", n.kind);
        if (branding.replyTo() != null) {
            mail.setReplyTo(branding.replyTo());
        }
        if (unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    private static String render(Template template, Branding branding, NotificationMessage message, String greeting,
            String unsubscribeUrl) {
        return template.data("branding", branding).data("message", message).data("greeting", greeting)
                .data("unsubscribeUrl", unsubscribeUrl).render();
    }

    private Map<String, String> data(Notification n) {
        try {
            return mapper.readValue(n.data, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + n.id + " has unreadable data", e);
        }
    }

    /** A display name goes in quotes, with quotes and backslashes in it escaped (RFC 5322 quoted-string). */
    static String quoted(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
