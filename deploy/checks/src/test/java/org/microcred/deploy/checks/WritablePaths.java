package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The root filesystem of every container is read-only, so each directory a service writes must be a volume mounted
 * writable: the directories its configuration names (properties ending in {@code dir} or {@code directory}, such as
 * submission-service's evidence store and upload directory) and the JVM's temporary directory. A persistent volume
 * shared by the replicas of a Deployment that may run more than one (replicas, or a HorizontalPodAutoscaler) must be
 * ReadWriteMany.
 */
final class WritablePaths {

    private static final Pattern DIRECTORY_PROPERTY = Pattern.compile(".*[.-](dir|directory)");
    private static final String TMP = "/tmp";

    private WritablePaths() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                Map<String, Object> container = ServiceDeployments.container(deployment, service.name());
                ConfigExpressions config = service.config(ServiceDeployments.environment(manifests, deployment,
                        service.name()));
                List<String> writable = KubeObject.asList(container.get("volumeMounts")).stream()
                        .map(KubeObject::asMap).filter(m -> !Boolean.TRUE.equals(m.get("readOnly")))
                        .map(m -> String.valueOf(m.get("mountPath"))).toList();
                if (!covered(TMP, writable)) {
                    problems.add(service.name() + ": " + TMP + " (java.io.tmpdir) is not a writable volume of "
                            + deployment.id());
                }
                for (String key : service.properties().keySet()) {
                    if (!DIRECTORY_PROPERTY.matcher(key).matches()) {
                        continue;
                    }
                    Optional<String> path = config.property(key).map(p -> p.replace("<system property java.io"
                            + ".tmpdir>", TMP));
                    if (path.isPresent() && path.get().startsWith("/") && !covered(path.get(), writable)) {
                        problems.add(service.name() + ": " + key + " = " + path.get() + " is on the read-only root"
                                + " filesystem: no writable volume of " + deployment.id() + " holds it");
                    }
                }
                problems.addAll(sharedVolumes(manifests, deployment));
            }
        }
        return problems;
    }

    private static boolean covered(String path, List<String> mounts) {
        return mounts.stream().anyMatch(m -> path.equals(m) || path.startsWith(m.endsWith("/") ? m : m + "/"));
    }

    /** A ReadWriteOnce claim cannot be mounted by replicas on several nodes. */
    private static List<String> sharedVolumes(Manifests manifests, KubeObject deployment) {
        Object replicas = deployment.at("spec", "replicas");
        boolean scaled = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .anyMatch(h -> deployment.name().equals(h.string("spec", "scaleTargetRef", "name")));
        if (!scaled && (replicas == null || ((Number) replicas).intValue() <= 1)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Object v : deployment.list("spec", "template", "spec", "volumes")) {
            Object claim = KubeObject.at(v, "persistentVolumeClaim", "claimName");
            KubeObject pvc = claim == null ? null : manifests.named("PersistentVolumeClaim", claim.toString());
            if (pvc != null && !pvc.list("spec", "accessModes").contains("ReadWriteMany")) {
                problems.add(deployment.id() + " may run several replicas, but its volume claim " + claim
                        + " is " + pvc.list("spec", "accessModes") + ", not ReadWriteMany");
            }
        }
        return problems;
    }
}
