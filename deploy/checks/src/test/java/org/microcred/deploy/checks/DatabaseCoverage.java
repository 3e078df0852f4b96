package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every service's database (its {@code microcred.db.name}, or MICROCRED_DB_NAME from its Deployment) is a
 * CloudNativePG Database with an owner, in a Cluster of the overlay that manages that owner as a login role; the
 * service connects to that Cluster's read-write service, as that owner, with the password of the role's Secret.
 */
final class DatabaseCoverage {

    private DatabaseCoverage() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                Map<String, String> environment = ServiceDeployments.environment(manifests, deployment,
                        service.name());
                Optional<String> name = service.databaseName(environment);
                if (name.isEmpty()) {
                    problems.add(service.name() + ": no database name (microcred.db.name)");
                    continue;
                }
                problems.addAll(problems(manifests, service, deployment, environment, name.get()));
            }
        }
        return problems;
    }

    private static List<String> problems(Manifests manifests, ServiceModule service, KubeObject deployment,
            Map<String, String> environment, String name) {
        String who = service.name() + ": database " + name;
        KubeObject database = manifests.ofKind("Database").stream()
                .filter(d -> name.equals(d.string("spec", "name")) && !"absent".equals(d.string("spec", "ensure")))
                .findFirst().orElse(null);
        if (database == null) {
            return List.of(who + " has no CloudNativePG Database (spec.name " + name + ")");
        }
        List<String> problems = new ArrayList<>();
        String owner = database.string("spec", "owner");
        String clusterName = database.string("spec", "cluster", "name");
        KubeObject cluster = clusterName == null ? null : manifests.named("Cluster", clusterName);
        if (owner == null || owner.isBlank()) {
            problems.add(who + ": " + database.id() + " has no owner");
        }
        if (cluster == null) {
            return concat(problems, who + ": " + database.id() + " names cluster " + clusterName
                    + ", which is not in " + manifests);
        }
        Map<String, Object> role = cluster.list("spec", "managed", "roles").stream().map(KubeObject::asMap)
                .filter(r -> owner != null && owner.equals(r.get("name"))).findFirst().orElse(null);
        if (role == null || !Boolean.TRUE.equals(role.get("login")) || "absent".equals(role.get("ensure"))) {
            return concat(problems, who + ": its owner " + owner + " is not a login role managed by " + cluster.id());
        }
        String url = service.config(environment).property("quarkus.datasource.reactive.url").orElse("");
        if (!url.contains("//" + clusterName + "-rw")) {
            problems.add(who + ": the service connects to " + url + ", not " + clusterName
                    + "-rw (the Cluster's read-write service)");
        }
        String roleSecret = String.valueOf(KubeObject.at(role, "passwordSecret", "name"));
        String password = service.properties().get("quarkus.datasource.password");
        Object used = ConfigExpressions.referencedNames(password).stream()
                .filter(environment::containsKey).findFirst()
                .map(v -> ServiceDeployments.secretOf(deployment, service.name(), v)).orElse(null);
        if (!roleSecret.equals(String.valueOf(used))) {
            problems.add(who + ": the service's database password comes from Secret " + used + ", the role "
                    + owner + "'s password from Secret " + roleSecret);
        }
        return problems;
    }

    private static List<String> concat(List<String> problems, String problem) {
        problems.add(problem);
        return problems;
    }
}
