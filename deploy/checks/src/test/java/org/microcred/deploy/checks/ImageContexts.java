package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON-LD contexts the images carry (the Ed25519Signature2020 suite context of the Learner Credential Wallet's
 * DID authentication, staged by {@code bin/images} from its npm package) reach the services that need them: the
 * Containerfile copies them where {@code bin/images} says and names that directory in
 * {@code MICROCRED_JSONLD_CONTEXTS_DIR}; and no manifest hides them, neither by setting the variable without the
 * image's directory first (an operator's extra directory, such as a ConfigMap with the CLR context, comes after it)
 * nor by mounting a volume over it.
 */
final class ImageContexts {

    static final String VARIABLE = "MICROCRED_JSONLD_CONTEXTS_DIR";

    /** What bin/images and the Containerfile say. */
    record Build(String imageDirectory, List<String> services) {
    }

    private ImageContexts() {
    }

    static Build build() {
        String script = read("bin/images");
        String containerfile = read("deploy/images/Dockerfile.jvm");
        String directory = value(script, "(?m)^IMAGE_CONTEXTS_DIR=(\\S+)$");
        List<String> services = Arrays.stream(value(script, "(?m)^SERVICES_WITH_CONTEXTS=\"([^\"]*)\"$").split(" "))
                .map(s -> s + "-service").toList();
        if (!containerfile.contains("COPY --from=jsonld-contexts . " + directory + "/")) {
            throw new AssertionError("deploy/images/Dockerfile.jvm does not copy the staged contexts to " + directory);
        }
        if (!containerfile.contains("ENV " + VARIABLE + "=${JSONLD_CONTEXTS_DIR}")
                || !script.contains("--build-arg JSONLD_CONTEXTS_DIR=\"$contexts_dir\"")) {
            throw new AssertionError("the images do not name their contexts' directory in " + VARIABLE);
        }
        return new Build(directory, services);
    }

    static List<String> problems(Manifests manifests, Build build) {
        List<String> problems = new ArrayList<>();
        for (String service : build.services()) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service)) {
                String value = ServiceDeployments.environment(manifests, deployment, service).get(VARIABLE);
                if (value != null && !value.split(":")[0].equals(build.imageDirectory())) {
                    problems.add(deployment.id() + ": " + VARIABLE + " = " + value + " leaves out the image's "
                            + build.imageDirectory() + " (list it first, then the directories you add)");
                }
                Map<String, Object> container = ServiceDeployments.container(deployment, service);
                for (Object m : KubeObject.asList(container.get("volumeMounts"))) {
                    String path = String.valueOf(KubeObject.asMap(m).get("mountPath"));
                    if (build.imageDirectory().equals(path) || build.imageDirectory().startsWith(path + "/")) {
                        problems.add(deployment.id() + ": a volume mounted at " + path + " hides the image's "
                                + build.imageDirectory());
                    }
                }
            }
        }
        return problems;
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("not found: " + regex);
        }
        return m.group(1);
    }

    private static String read(String file) {
        try {
            return Files.readString(RepoRoot.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
