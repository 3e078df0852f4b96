package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The overlays of deploy/k8s, each built with kubectl kustomize and parsed once per JVM (every check of an overlay
 * reads the same objects), and fixtures read from files.
 */
final class Manifests {

    static final String OVERLAYS = "deploy/k8s/overlays";
    private static final Map<String, Manifests> BUILT = new ConcurrentHashMap<>();

    private final String name;
    private final List<KubeObject> objects;

    Manifests(String name, List<KubeObject> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    /** The overlay directories (those with a kustomization file), by name, sorted. */
    static List<String> overlayNames() {
        Path overlays = RepoRoot.resolve(OVERLAYS);
        if (!Files.isDirectory(overlays)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(overlays)) {
            return dirs.filter(Manifests::isKustomization).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlays to check: at least one, else the calling test fails saying where it looked. */
    static List<String> requireOverlayNames() {
        List<String> names = overlayNames();
        if (names.isEmpty()) {
            throw new AssertionError("No overlay (a directory with a kustomization.yaml) in "
                    + RepoRoot.resolve(OVERLAYS) + ": issue 10 asks for dev and production");
        }
        return names;
    }

    static boolean isKustomization(Path dir) {
        return Stream.of("kustomization.yaml", "kustomization.yml", "Kustomization")
                .anyMatch(file -> Files.isRegularFile(dir.resolve(file)));
    }

    /** The built overlay deploy/k8s/overlays/NAME (built at its first use in this JVM). */
    static Manifests overlay(String name) {
        return BUILT.computeIfAbsent(name, n -> {
            Path dir = RepoRoot.resolve(OVERLAYS).resolve(n);
            return new Manifests("overlay " + n, K8sYaml.objects(Kustomize.build(dir), "overlay " + n));
        });
    }

    /** A test fixture: rendered objects in one YAML file of src/test/resources/fixtures. */
    static Manifests fixture(String file) {
        Path path = Fixtures.path(file);
        try {
            return new Manifests("fixture " + file, K8sYaml.objects(Files.readString(path), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    List<KubeObject> objects() {
        return objects;
    }

    List<KubeObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.is(kind)).toList();
    }

    /** The object of that kind and name, or null. */
    KubeObject named(String kind, String objectName) {
        return objects.stream().filter(o -> o.is(kind) && objectName.equals(o.name())).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return name;
    }
}
