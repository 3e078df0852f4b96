package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads manifests the way the API server's YAML reader (go-yaml v2) does, so that what passes here is what a cluster
 * would get: YAML 1.1 booleans ({@code on}, {@code yes}, {@code y} ... so {@code FEATURE: on} in a ConfigMap is a
 * boolean and fails its schema), octal {@code 0755}, merge keys, duplicate keys refused; but timestamps and
 * sexagesimal numbers ({@code 1:20}) stay strings, as go-yaml v2 leaves them. Ported from ../shared/k8s/validate.mjs.
 */
final class K8sYaml {

    private static final Pattern BOOL = Pattern.compile(
            "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
    private static final Set<String> TRUE = Set.of("y", "yes", "true", "on");
    /** SnakeYAML's YAML 1.1 patterns without their sexagesimal branches. */
    private static final Pattern INT = Pattern.compile("^(?:[-+]?0b_*[0-1]+[0-1_]*|[-+]?0_*[0-7]+[0-7_]*"
            + "|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F]+[0-9a-fA-F_]*)$");
    private static final Pattern FLOAT = Pattern.compile("^(?:[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)"
            + "(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

    private K8sYaml() {
    }

    /** Every document of a (multi-document) YAML text that is not empty; a {@code List} is expanded. */
    static List<KubeObject> objects(String text, String source) {
        List<KubeObject> objects = new ArrayList<>();
        int index = 0;
        for (Object document : yaml().loadAll(text)) {
            index++;
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(source + ", document " + index + ": not a YAML mapping");
            }
            KubeObject object = new KubeObject(cast(map), source + "#" + index);
            if ("v1".equals(object.apiVersion()) && object.kind().endsWith("List")
                    && object.raw().get("items") instanceof List<?> items) {
                for (Object item : items) {
                    objects.add(new KubeObject(cast((Map<?, ?>) item), object.source()));
                }
            } else {
                objects.add(object);
            }
        }
        return objects;
    }

    /** One YAML (or JSON) document, read as the API server reads it. */
    static Object load(String text) {
        return yaml().load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(1000);
        options.setCodePointLimit(64 * 1024 * 1024);
        return new Yaml(new GoYamlV2Constructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new GoYamlV2Resolver());
    }

    /** go-yaml v2's implicit types: no timestamps, no sexagesimal numbers, y/n are booleans. */
    private static final class GoYamlV2Resolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }

    /** SnakeYAML's safe constructor, with go-yaml v2's y/n booleans (SnakeYAML knows only yes/no/on/off). */
    private static final class GoYamlV2Constructor extends SafeConstructor {
        GoYamlV2Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.BOOL, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return TRUE.contains(((ScalarNode) node).getValue().toLowerCase());
                }
            });
        }
    }
}
