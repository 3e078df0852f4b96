package org.microcred.enrolment.notification.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.repository.NotificationPreferences;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/** The earner's own notification settings: which kinds of mail they get. */
@Path("/api/v1/me/notification-preferences")
public class NotificationPreferenceResource {

    private final NotificationPreferences preferences;
    private final Caller caller;

    public NotificationPreferenceResource(NotificationPreferences preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("earner")
    public Uni<NotificationPreferencesView> get() {
        return Panache.withSession(() -> preferences.of(caller.tenantId(), caller.userId()))
                .map(NotificationPreferenceResource::view);
    }

    /** Sets the kinds named (true = on); answers every kind as it now stands. */
    @PUT
    @RolesAllowed("earner")
    public Uni<NotificationPreferencesView> put(NotificationPreferencesView body) {
        Map<NotificationKind, Boolean> changes = validated(body);
        String tenant = caller.tenantId();
        String earner = caller.userId();
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Multi.createFrom().iterable(changes.entrySet())
                        .onItem().transformToUniAndConcatenate(c -> preferences.set(tenant, earner, c.getKey(),
                                c.getValue(), now))
                        .collect().asList()
                        .chain(() -> preferences.of(tenant, earner)))
                .map(NotificationPreferenceResource::view);
    }

    private static Map<NotificationKind, Boolean> validated(NotificationPreferencesView body) {
        if (body == null || body.preferences() == null) {
            throw ProblemException.invalid("preferences", "required: an object of kind to true or false");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<NotificationKind, Boolean> changes = new LinkedHashMap<>();
        if (body.preferences().size() > NotificationKind.values().length) {
            errors.add(new Problem.FieldError("preferences", "at most " + NotificationKind.values().length + " kinds"));
        }
        body.preferences().forEach((name, on) -> {
            var kind = NotificationKind.fromWire(name);
            if (kind.isEmpty()) {
                errors.add(new Problem.FieldError("preferences." + truncate(name), "unknown kind; one of "
                        + String.join(", ", view(Map.of()).preferences().keySet())));
            } else if (on == null) {
                errors.add(new Problem.FieldError("preferences." + name, "must be true or false"));
            } else {
                changes.put(kind.get(), on);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The notification preferences are invalid", errors);
        }
        return changes;
    }

    static NotificationPreferencesView view(Map<NotificationKind, Boolean> settings) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            out.put(kind.wireName(), settings.getOrDefault(kind, true));
        }
        return new NotificationPreferencesView(out);
    }

    private static String truncate(String name) {
        return name.length() <= 50 ? name : name.substring(0, 50) + "...";
    }
}
