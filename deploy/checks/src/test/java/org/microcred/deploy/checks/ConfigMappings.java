package org.microcred.deploy.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The members of the {@code @ConfigMapping} interfaces a service runs with (its own and service-support's), and the
 * {@code @ConfigProperty} injections, read from their source: the property each one reads, and its default. One
 * without default whose type is not Optional, a Map or a group (a nested interface) is required: the service does not
 * start without its property.
 */
final class ConfigMappings {

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    /** A member: its annotations, its type and name, ending in "();" (default methods have bodies). */
    private static final Pattern MEMBER = Pattern.compile(
            "((?:@\\w+(?:\\([^)]*\\))?\\s+)*)([\\w.<>, ?\\[\\]]+?)\\s+(\\w+)\\(\\);");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** An injected property: its name, its defaultValue if any, the injected type. */
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*(,\\s*defaultValue\\s*=\\s*\"[^\"]*\"\\s*)?\\)"
                    + "\\s*(?:final\\s+)?([\\w.<>]+)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"");

    /**
     * One member of a mapping.
     *
     * @param fallback its {@code @WithDefault} literal, or null (also when the default is a constant)
     */
    record Member(String property, String type, boolean hasDefault, String fallback, String source) {
        boolean required() {
            return !hasDefault && !type.startsWith("Optional") && !type.startsWith("Map<")
                    && !type.startsWith("java.util.Optional");
        }
    }

    private ConfigMappings() {
    }

    static List<Member> of(ServiceModule service) {
        List<Member> members = new ArrayList<>();
        List<Path> sources = new ArrayList<>(service.mainSources());
        Path support = RepoRoot.resolve("service-support/src/main/java");
        if (Files.isDirectory(support)) {
            try (Stream<Path> files = Files.walk(support)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (Path file : sources) {
            String source = CodeFacts.read(file);
            Matcher injected = CONFIG_PROPERTY.matcher(source);
            while (injected.find()) {
                // Quarkus's own properties have built-in defaults (quarkus.http.port, quarkus.application.name...).
                if (!injected.group(1).startsWith("quarkus.")) {
                    members.add(new Member(injected.group(1), injected.group(3), injected.group(2) != null, null,
                            file.getFileName().toString()));
                }
            }
            Matcher prefix = PREFIX.matcher(source);
            if (prefix.find()) {
                members.addAll(members(prefix.group(1), topLevelBody(source, prefix.end()), file.getFileName()
                        .toString()));
            }
        }
        return members;
    }

    private static List<Member> members(String prefix, String body, String file) {
        List<Member> members = new ArrayList<>();
        // Comments out (line comments only where a line starts with one: "//" also occurs in URLs in strings).
        Matcher m = MEMBER.matcher(body.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//[^\n]*", " "));
        while (m.find()) {
            String annotations = m.group(1);
            String type = m.group(2).strip();
            Matcher name = WITH_NAME.matcher(annotations);
            String property = annotations.contains("@WithParentName") ? prefix
                    : prefix + "." + (name.find() ? name.group(1) : kebab(m.group(3)));
            Matcher fallback = WITH_DEFAULT.matcher(annotations);
            members.add(new Member(property, type, annotations.contains("@WithDefault"),
                    fallback.find() ? fallback.group(1) : null, file));
        }
        return members;
    }

    /** The interface's body without its nested types (a group's members are not the mapping's own). */
    private static String topLevelBody(String source, int from) {
        int open = source.indexOf('{', source.indexOf("interface", from));
        StringBuilder body = new StringBuilder();
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            } else if (depth == 1) {
                body.append(c);
            }
        }
        return body.toString();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
