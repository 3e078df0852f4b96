package org.microcred.deploy.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Grafana dashboards of an overlay (ConfigMaps labelled for Grafana's dashboard sidecar) and what is wrong with
 * them: JSON that does not parse, two panels with one id, a panel without a query, a query that does not read or
 * selects a metric no service exposes, no data-source or namespace variable.
 */
final class GrafanaDashboards {

    /** The label Grafana's dashboard sidecar (kube-prometheus-stack's default) loads ConfigMaps by. */
    static final String SIDECAR_LABEL = "grafana_dashboard";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GrafanaDashboards() {
    }

    static List<KubeObject> configMaps(Manifests manifests) {
        return manifests.ofKind("ConfigMap").stream()
                .filter(c -> "1".equals(c.string("metadata", "labels", SIDECAR_LABEL))).toList();
    }

    static List<String> problems(Manifests manifests, Set<String> registered) {
        List<String> problems = new ArrayList<>();
        List<KubeObject> configMaps = configMaps(manifests);
        if (configMaps.isEmpty()) {
            problems.add(manifests + ": no ConfigMap labelled " + SIDECAR_LABEL + ": \"1\"");
        }
        for (KubeObject configMap : configMaps) {
            for (Map.Entry<String, Object> file : configMap.map("data").entrySet()) {
                String where = configMap.id() + " " + file.getKey();
                try {
                    problems.addAll(problems(where, JSON.readTree(String.valueOf(file.getValue())), registered));
                } catch (JsonProcessingException e) {
                    problems.add(where + ": not JSON: " + e.getOriginalMessage());
                }
            }
        }
        return problems;
    }

    static List<String> problems(String where, JsonNode dashboard, Set<String> registered) {
        List<String> problems = new ArrayList<>();
        Set<String> variables = new TreeSet<>();
        dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("type").asText() + " "
                + v.path("name").asText()));
        if (variables.stream().noneMatch(v -> v.startsWith("datasource "))) {
            problems.add(where + ": no data-source variable");
        }
        if (!variables.contains("query namespace")) {
            problems.add(where + ": no namespace variable");
        }
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels(dashboard)) {
            String title = where + " panel \"" + panel.path("title").asText() + "\"";
            if (!panel.path("id").canConvertToInt()) {
                problems.add(title + ": no id");
            } else if (!ids.add(panel.path("id").asInt())) {
                problems.add(title + ": id " + panel.path("id").asInt() + " used twice");
            }
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            if (panel.path("targets").isEmpty()) {
                problems.add(title + ": no query");
            }
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText("");
                if (expr.isBlank()) {
                    problems.add(title + " query " + target.path("refId").asText() + ": empty expr");
                    continue;
                }
                PromQl.Reading reading = PromQl.read(expr);
                reading.problems().forEach(p -> problems.add(title + ": expr: " + p));
                AlertRules.unknownMetrics(reading.metrics(), registered).forEach(m -> problems.add(title
                        + ": no service exposes the metric " + m));
            }
        }
        return problems.stream().distinct().toList();
    }

    /** Every panel, those inside collapsed rows too. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    /** The metrics the dashboards of these manifests select, in name order. */
    static Set<String> shownMetrics(Manifests manifests) {
        Set<String> metrics = new TreeSet<>();
        for (KubeObject configMap : configMaps(manifests)) {
            for (Object file : configMap.map("data").values()) {
                try {
                    panels(JSON.readTree(String.valueOf(file))).forEach(p -> p.path("targets").forEach(
                            t -> metrics.addAll(PromQl.read(t.path("expr").asText("")).metrics())));
                } catch (JsonProcessingException e) {
                    // reported by problems()
                }
            }
        }
        return metrics;
    }
}
