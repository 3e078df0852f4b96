package org.microcred.enrolment.outbound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;

/**
 * The limits of an endpoint's fields, all checked at once (one 400 {@code validation} problem lists every broken
 * field): {@code eventTypes} 1..{@value #MAX_TYPES} distinct known types, {@code description} at most
 * {@value #MAX_DESCRIPTION} characters, {@code contactEmail} an address of at most {@value #MAX_EMAIL}. The URL's own
 * checks are {@link WebhookUrl}'s; the endpoints per institution are counted by the service.
 */
public final class EndpointRules {

    public static final int MAX_TYPES = 20;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EndpointRules() {
    }

    /** Checks the fields given (null = not given); {@code typesRequired} on creation. */
    public static void check(List<String> eventTypes, boolean typesRequired, String description, String contactEmail) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (eventTypes == null) {
            if (typesRequired) {
                errors.add(new Problem.FieldError("eventTypes", "required: one or more of " + sorted()));
            }
        } else if (eventTypes.isEmpty() || eventTypes.size() > MAX_TYPES) {
            errors.add(new Problem.FieldError("eventTypes", "1 to " + MAX_TYPES + " types"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < eventTypes.size(); i++) {
                String type = eventTypes.get(i);
                if (type == null || !OutboundEventTypes.NAMES.contains(type)) {
                    errors.add(new Problem.FieldError("eventTypes[" + i + "]", "unknown type; one of " + sorted()));
                } else if (!seen.add(type)) {
                    errors.add(new Problem.FieldError("eventTypes[" + i + "]", "named twice"));
                }
            }
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "at most " + MAX_DESCRIPTION + " characters"));
        }
        if (contactEmail != null && (contactEmail.length() > MAX_EMAIL || !EMAIL.matcher(contactEmail).matches())) {
            errors.add(new Problem.FieldError("contactEmail", "an email address of at most " + MAX_EMAIL
                    + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The webhook endpoint has invalid fields", errors);
        }
    }

    private static List<String> sorted() {
        return OutboundEventTypes.NAMES.stream().sorted().toList();
    }
}
