package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.microcred.events.EventType;
import org.microcred.events.Topics;

/** What the code names, read from the code itself, so the checks follow it as it changes. */
final class CodeFacts {

    private static final Pattern DOC_AND_CONSTANT = Pattern.compile(
            "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*public static final String (\\w+)");
    private static final Pattern ROLES_ALLOWED = Pattern.compile("@RolesAllowed\\(\\s*\\{?([^)}]*)\\}?\\s*\\)");
    private static final Pattern HAS_ROLE = Pattern.compile("\\.hasRole\\(\\s*([^)]*)\\)");
    private static final String REST_CLIENT = "@RegisterRestClient";
    private static final Pattern CLASS_PATH = Pattern.compile("(?m)^@Path\\((.+)\\)\\s*$");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "static final String (\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");

    private CodeFacts() {
    }

    /** The event topics: the constants of {@link Topics}. */
    static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    /** The event topics whose documentation in Topics.java says they are compacted (the catalogue). */
    static Set<String> compactedTopics() {
        String source = read(RepoRoot.resolve("events/src/main/java/org/microcred/events/Topics.java"));
        Set<String> compacted = new TreeSet<>();
        Matcher m = DOC_AND_CONSTANT.matcher(source);
        while (m.find()) {
            if (m.group(1).toLowerCase().contains("compacted")) {
                try {
                    compacted.add((String) Topics.class.getField(m.group(2)).get(null));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return compacted;
    }

    /**
     * The topics a service's outbox publishes to. The outbox routes an event to the topic of its payload's
     * {@link EventType} ({@code Outbox.add}: {@code EventType.of(payload).topic()}), so a service publishes the topic
     * of every payload its main code builds ({@code new AchievementPublished(...)}). A class that also tests a
     * payload with {@code instanceof} received it and rebuilds it (assessment-service normalises the LMS reports it
     * consumes): that is not publishing.
     */
    static Set<String> producedTopics(ServiceModule service) {
        Set<String> topics = new TreeSet<>();
        for (Path file : service.mainSources()) {
            String source = read(file);
            for (EventType type : EventType.values()) {
                String payload = type.payloadClass().getSimpleName();
                if (source.contains("new " + payload + "(") && !source.contains("instanceof " + payload)) {
                    topics.add(type.topic());
                }
            }
        }
        return topics;
    }

    /**
     * The paths of a service's REST resources: each class-level {@code @Path} of its main code and of service-support's
     * (which every service runs), an annotation at the start of a line, a literal or a constant (a qualified one read
     * from its class's file): every path the service serves, under {@code /api/} and outside it (the
     * {@code /.well-known/}, {@code /interactions/} and {@code /exchanges/} paths that wallet apps call). Not a REST
     * client's interface ({@code @RegisterRestClient}: it names another server's paths).
     */
    static Set<String> resourcePaths(ServiceModule service) {
        List<Path> sources = mainSourcesOfAllModules();
        Path shared = RepoRoot.resolve("service-support/src/main/java");
        Set<String> paths = new TreeSet<>();
        for (Path file : Stream.concat(service.mainSources().stream(), javaFiles(shared)).toList()) {
            String source = read(file);
            if (source.contains(REST_CLIENT)) {
                continue;
            }
            Matcher m = CLASS_PATH.matcher(source);
            while (m.find()) {
                paths.add(resolveString(m.group(1).strip(), source, sources));
            }
        }
        return paths;
    }

    /** Every realm role the main code checks: @RolesAllowed values and hasRole(...) calls, constants resolved. */
    static Set<String> rolesUsed() {
        Set<String> roles = new TreeSet<>();
        List<Path> sources = mainSourcesOfAllModules();
        for (Path file : sources) {
            String source = read(file);
            for (Pattern pattern : List.of(ROLES_ALLOWED, HAS_ROLE)) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    for (String argument : m.group(1).split(",")) {
                        if (!argument.isBlank()) {
                            roles.add(resolveString(argument.strip(), source, sources));
                        }
                    }
                }
            }
        }
        return roles;
    }

    /**
     * A string literal's value, or a constant's: a qualified one ({@code AuditResource.PATH}) from its class's file,
     * else declared in the same file first, else in any main source.
     */
    private static String resolveString(String expression, String source, List<Path> sources) {
        if (expression.startsWith("\"") && expression.endsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        int dot = expression.lastIndexOf('.');
        String name = expression.substring(dot + 1);
        if (dot > 0) {
            String owner = expression.substring(expression.lastIndexOf('.', dot - 1) + 1, dot) + ".java";
            for (Path file : sources) {
                Set<String> declared = file.getFileName().toString().equals(owner) ? constants(read(file), name)
                        : Set.of();
                if (declared.size() == 1) {
                    return declared.iterator().next();
                }
            }
        }
        Set<String> values = constants(source, name);
        if (values.isEmpty()) {
            for (Path file : sources) {
                values.addAll(constants(read(file), name));
            }
        }
        if (values.size() != 1) {
            throw new IllegalStateException("Cannot resolve the constant " + expression + " (found " + values + ")");
        }
        return values.iterator().next();
    }

    private static Set<String> constants(String source, String name) {
        Set<String> values = new LinkedHashSet<>();
        Matcher m = STRING_CONSTANT.matcher(source);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                values.add(m.group(2));
            }
        }
        return values;
    }

    /** The main sources of every module at the repository root (service-support's shared resources included). */
    private static List<Path> mainSourcesOfAllModules() {
        try (Stream<Path> modules = Files.list(RepoRoot.path())) {
            return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(CodeFacts::javaFiles).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
