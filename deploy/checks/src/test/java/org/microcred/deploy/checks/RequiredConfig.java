package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting a service needs is given by its Deployment (env: a value, a ConfigMap's key, or a Secret's key by
 * secretKeyRef): each property of its production configuration must resolve in the environment the Deployment
 * gives it. Three kinds of need:
 * <ul>
 * <li>an expression without default ({@code ${MICROCRED_DB_PASSWORD}}): the service does not start without it;</li>
 * <li>a secret with an empty default ({@code microcred.master-key=${MICROCRED_MASTER_KEY:}}, a Kafka password): the
 *     code refuses to run, or logs in as nobody, without it;</li>
 * <li>a default that points at the developer's machine ({@code ${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:59092}}): right
 *     for bin/infra, wrong in a pod, so the Deployment must set it.</li>
 * </ul>
 * The members of the {@code @ConfigMapping} interfaces count too: one without {@code @WithDefault} (and not
 * Optional) must be set, one whose {@code @WithDefault} is the developer's machine must be set.
 */
final class RequiredConfig {

    private static final Pattern LOOPBACK = Pattern.compile("localhost|127\\.0\\.0\\.1|\\[?::1\\]?(?![0-9a-f:])");

    private RequiredConfig() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                problems.addAll(ServiceDeployments.missingConfigMaps(manifests, deployment));
                Map<String, String> environment = ServiceDeployments.environment(manifests, deployment,
                        service.name());
                problems.addAll(problems(service, environment, deployment.id()));
            }
        }
        return problems;
    }

    static List<String> problems(ServiceModule service, Map<String, String> environment, String where) {
        List<String> problems = new ArrayList<>();
        ConfigExpressions config = service.config(environment);
        service.properties().forEach((key, value) -> {
            if (!value.contains("${") || setDirectly(key, environment)) {
                return;
            }
            String at = service.name() + " (" + where + "): " + key + "=" + value;
            Optional<String> resolved = config.expand(value);
            List<String> names = ConfigExpressions.referencedNames(value);
            if (resolved.isEmpty()) {
                problems.add(at + " cannot be resolved: set " + String.join(" or ", names));
            } else if (resolved.get().isEmpty() && looksSecret(key, names)) {
                problems.add(at + " is a secret left empty: set " + String.join(" or ", names)
                        + " from a Secret (secretKeyRef)");
            } else {
                for (String loopback : loopbackDefaults(value, config)) {
                    problems.add(at + ": " + loopback);
                }
            }
        });
        for (ConfigMappings.Member member : ConfigMappings.of(service)) {
            boolean set = config.property(member.property()).isPresent();
            String at = service.name() + " (" + where + "): " + member.property() + " (" + member.source() + ")";
            if (member.required() && !set) {
                problems.add(at + " is required (no @WithDefault) and not set");
            } else if (!set && member.fallback() != null && LOOPBACK.matcher(member.fallback()).find()) {
                problems.add(at + " is not set, so its @WithDefault " + member.fallback()
                        + " (the developer's machine) would be used in the pod");
            }
        }
        return problems;
    }

    /** The property itself set from the environment (e.g. QUARKUS_DATASOURCE_PASSWORD) wins over its value. */
    private static boolean setDirectly(String key, Map<String, String> environment) {
        return ConfigExpressions.environmentNames(key).stream().anyMatch(n -> {
            String v = environment.get(n);
            return v != null && !v.isEmpty();
        });
    }

    private static boolean looksSecret(String key, List<String> names) {
        return WorkloadPolicy.SECRET_NAME.matcher(key.replaceAll("[^A-Za-z0-9]", "_")).matches()
                || names.stream().anyMatch(n -> WorkloadPolicy.SECRET_NAME.matcher(n).matches());
    }

    /** The expressions whose unset name leaves a default pointing at localhost in force. */
    private static Set<String> loopbackDefaults(String value, ConfigExpressions config) {
        Set<String> found = new LinkedHashSet<>();
        for (ConfigExpressions.Expression e : ConfigExpressions.expressions(value)) {
            if (e.fallback() == null || config.property(e.name()).isPresent()) {
                continue;
            }
            String literal = e.fallback();
            for (ConfigExpressions.Expression inner : ConfigExpressions.expressions(e.fallback())) {
                literal = literal.replace(e.fallback().substring(inner.start(), inner.end()), "");
            }
            if (LOOPBACK.matcher(literal).find()) {
                found.add(e.name() + " is not set, so the default " + e.fallback()
                        + " (the developer's machine) would be used in the pod");
            }
            found.addAll(loopbackDefaults(e.fallback(), config));
        }
        return found;
    }
}
