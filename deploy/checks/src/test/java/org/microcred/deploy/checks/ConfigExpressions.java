package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves property values the way SmallRye Config expands them, {@code ${name}} and {@code ${name:default}} (the
 * default may itself hold expressions), against a service's properties and the environment its Deployment gives it.
 * A name is found in the environment first (exactly, or as MicroProfile maps a property name to a variable:
 * non-alphanumerics to '_', then upper case), then among the properties; else the default applies, and without one
 * the value cannot be resolved: the service would not start.
 */
final class ConfigExpressions {

    /** What a Secret provides: known to be set, its value unknown offline. */
    static final String FROM_SECRET = "<from a Secret>";

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    ConfigExpressions(Map<String, String> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The value of a property as the running service sees it; empty when unresolvable (or not set at all). */
    Optional<String> property(String name) {
        return lookup(name, new HashSet<>());
    }

    /** The expansion of a value; empty when some expression in it has neither a value nor a default. */
    Optional<String> expand(String value) {
        return expand(value, new HashSet<>());
    }

    /** The names an expression refers to, its defaults' names included, in order. */
    static List<String> referencedNames(String value) {
        List<String> names = new ArrayList<>();
        for (Expression e : expressions(value)) {
            names.add(e.name());
            if (e.fallback() != null) {
                names.addAll(referencedNames(e.fallback()));
            }
        }
        return names;
    }

    /** The top-level expressions of a value. */
    static List<Expression> expressions(String value) {
        List<Expression> found = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int end = closing(value, i + 2);
            String body = value.substring(i + 2, end);
            int colon = topLevelColon(body);
            found.add(colon < 0 ? new Expression(body, null, i, end + 1)
                    : new Expression(body.substring(0, colon), body.substring(colon + 1), i, end + 1));
            i = end + 1;
        }
        return found;
    }

    /** One {@code ${name:fallback}}, fallback null when there is no ':'; start and end index in the value. */
    record Expression(String name, String fallback, int start, int end) {
    }

    /** The environment variable names MicroProfile Config would read a property from. */
    static Set<String> environmentNames(String property) {
        String sanitized = property.replaceAll("[^A-Za-z0-9]", "_");
        return new LinkedHashSet<>(List.of(property, sanitized, sanitized.toUpperCase()));
    }

    private Optional<String> lookup(String name, Set<String> resolving) {
        for (String variable : environmentNames(name)) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        if (name.startsWith("java.") || name.startsWith("user.") || name.startsWith("os.")) {
            return Optional.of("<system property " + name + ">");
        }
        String raw = properties.get(name);
        if (raw == null || !resolving.add(name)) {
            return Optional.empty();
        }
        try {
            return expand(raw, resolving).filter(v -> !v.isEmpty());
        } finally {
            resolving.remove(name);
        }
    }

    private Optional<String> expand(String value, Set<String> resolving) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Expression e : expressions(value)) {
            out.append(value, last, e.start());
            Optional<String> resolved = lookup(e.name(), resolving);
            if (resolved.isEmpty() && e.fallback() != null) {
                resolved = expand(e.fallback(), resolving);
            }
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            out.append(resolved.get());
            last = e.end();
        }
        return Optional.of(out.append(value.substring(last)).toString());
    }

    private static int closing(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed ${ in " + value);
    }

    private static int topLevelColon(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("${", i)) {
                depth++;
                i++;
            } else if (body.charAt(i) == '}') {
                depth--;
            } else if (body.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
