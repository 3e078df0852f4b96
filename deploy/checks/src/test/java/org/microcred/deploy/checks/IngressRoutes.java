package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every REST resource of every service is reachable through an Ingress, routed to that service: a staff tool, an LMS
 * or a recognizer cannot use what the cluster does not route. Two exceptions, by design: {@value #NOT_ROUTED}
 * (operators use kubectl port-forward) and each service's audit trail, which all five keep at {@value #AUDIT} and
 * the audit Ingress routes from {@code /api/v1/audit/<service>}, rewritten to that path.
 */
final class IngressRoutes {

    static final String NOT_ROUTED = "/api/v1/ops/";
    static final String AUDIT = "/api/v1/audit";

    /** One path of one Ingress rule: its host, path, path type, backend service and the Ingress's rewrite target. */
    record Route(String ingress, String host, String path, String pathType, String service, String rewriteTarget) {
    }

    private IngressRoutes() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<Route> routes = routes(manifests);
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            for (String resource : CodeFacts.resourcePaths(service)) {
                String literal = literalPrefix(resource);
                if (literal.startsWith(NOT_ROUTED)) {
                    continue;
                }
                if (literal.equals(AUDIT) || literal.startsWith(AUDIT + "/")) {
                    String shortName = service.name().replaceFirst("-service$", "");
                    boolean routed = routes.stream().anyMatch(r -> r.service().equals(service.name())
                            && r.path().startsWith(AUDIT + "/" + shortName + "(")
                            && (AUDIT + "$1").equals(r.rewriteTarget()));
                    if (!routed) {
                        problems.add(service.name() + ": its audit trail (" + resource + ") is not routed from "
                                + AUDIT + "/" + shortName + " with the rewrite to " + AUDIT);
                    }
                    continue;
                }
                boolean routed = routes.stream().anyMatch(r -> r.service().equals(service.name())
                        && "Prefix".equals(r.pathType()) && covers(r.path(), literal));
                if (!routed) {
                    problems.add(service.name() + ": " + resource + " is routed by no Ingress path to "
                            + service.name());
                }
            }
        }
        return problems;
    }

    /** The path up to its first template ({@code /api/v1/webhooks/lms/{tenant}} → /api/v1/webhooks/lms). */
    static String literalPrefix(String path) {
        int template = path.indexOf('{');
        String literal = template < 0 ? path : path.substring(0, template);
        return literal.length() > 1 && literal.endsWith("/") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** A Prefix path matches by whole path elements: /api/v1/wallet covers /api/v1/wallet/shares, not /api/v1/walletx. */
    static boolean covers(String prefix, String path) {
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(base) || path.startsWith(base + "/");
    }

    static List<Route> routes(Manifests manifests) {
        List<Route> routes = new ArrayList<>();
        for (KubeObject ingress : manifests.ofKind("Ingress")) {
            String rewrite = (String) KubeObject.asMap(ingress.at("metadata", "annotations"))
                    .get("nginx.ingress.kubernetes.io/rewrite-target");
            for (Object rule : ingress.list("spec", "rules")) {
                String host = String.valueOf(KubeObject.at(rule, "host"));
                for (Object path : KubeObject.asList(KubeObject.at(rule, "http", "paths"))) {
                    Map<String, Object> p = KubeObject.asMap(path);
                    routes.add(new Route(ingress.name(), host, String.valueOf(p.get("path")),
                            String.valueOf(p.get("pathType")),
                            String.valueOf(KubeObject.at(p, "backend", "service", "name")), rewrite));
                }
            }
        }
        return routes;
    }
}
