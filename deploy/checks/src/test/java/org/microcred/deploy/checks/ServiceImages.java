package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every Deployment runs one of the five services' images, and each service has exactly one Deployment. */
final class ServiceImages {

    private ServiceImages() {
    }

    static List<String> problems(Manifests manifests, List<String> services) {
        List<String> problems = new ArrayList<>();
        for (KubeObject deployment : manifests.ofKind("Deployment")) {
            for (Object c : deployment.list("spec", "template", "spec", "containers")) {
                Map<String, Object> container = KubeObject.asMap(c);
                String image = String.valueOf(container.get("image"));
                if (!services.contains(ServiceDeployments.imageName(image))) {
                    problems.add(deployment.id() + ": container " + container.get("name") + " runs " + image
                            + ", not one of the services' images " + services);
                }
            }
        }
        for (String service : services) {
            List<KubeObject> deployments = ServiceDeployments.of(manifests, service);
            if (deployments.size() != 1) {
                problems.add(service + ": " + deployments.size() + " Deployments run its image "
                        + deployments.stream().map(KubeObject::name).toList() + ", expected exactly one");
            }
        }
        return problems;
    }
}
