package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerting rules of an overlay's PrometheusRules, and what is wrong with them: a rule the Prometheus operator
 * would not select, an expression that does not read, a metric no service exposes, an alert without severity,
 * summary, description or runbook note, or a runbook note that docs/deploy.md does not have.
 */
final class AlertRules {

    /** The label kube-prometheus-stack's default ruleSelector asks for (docs/deploy.md, Monitoring and alerts). */
    static final Map<String, String> SELECTED_BY = Map.of("release", "kube-prometheus-stack");
    static final Set<String> SEVERITIES = Set.of("critical", "warning");
    static final String RUNBOOK = "docs/deploy.md";
    private static final Pattern SECTION = Pattern.compile("(?m)^(#+) [^\\n]*Monitoring and alerts");

    /** One rule of a PrometheusRule. */
    record Rule(String object, String alert, String expr, Map<String, Object> labels,
            Map<String, Object> annotations) {

        String id() {
            return object + " " + (alert == null ? "(recording rule)" : alert);
        }
    }

    private AlertRules() {
    }

    static List<Rule> of(Manifests manifests) {
        List<Rule> rules = new ArrayList<>();
        for (KubeObject object : manifests.ofKind("PrometheusRule")) {
            for (Object group : object.list("spec", "groups")) {
                for (Object rule : KubeObject.asList(KubeObject.at(group, "rules"))) {
                    Object alert = KubeObject.at(rule, "alert");
                    Object expr = KubeObject.at(rule, "expr");
                    rules.add(new Rule(object.id(), alert == null ? null : alert.toString(),
                            expr == null ? "" : expr.toString(), KubeObject.asMap(KubeObject.at(rule, "labels")),
                            KubeObject.asMap(KubeObject.at(rule, "annotations"))));
                }
            }
        }
        return rules;
    }

    /** What is wrong with the PrometheusRules of these manifests, given the metrics the services expose. */
    static List<String> problems(Manifests manifests, Set<String> registered, String runbookText) {
        List<String> problems = new ArrayList<>();
        List<KubeObject> objects = manifests.ofKind("PrometheusRule");
        if (objects.isEmpty()) {
            problems.add(manifests + ": no PrometheusRule");
        }
        for (KubeObject object : objects) {
            Map<String, Object> labels = object.map("metadata", "labels");
            SELECTED_BY.forEach((key, value) -> {
                if (!value.equals(String.valueOf(labels.get(key)))) {
                    problems.add(object.id() + ": not labelled " + key + ": " + value
                            + " (the Prometheus operator would not load it)");
                }
            });
        }
        for (Rule rule : of(manifests)) {
            problems.addAll(problems(rule, registered, runbookText));
        }
        return problems;
    }

    private static List<String> problems(Rule rule, Set<String> registered, String runbookText) {
        List<String> problems = new ArrayList<>();
        PromQl.Reading reading = PromQl.read(rule.expr());
        reading.problems().forEach(p -> problems.add(rule.id() + ": expr: " + p));
        unknownMetrics(reading.metrics(), registered).forEach(m -> problems.add(rule.id()
                + ": no service exposes the metric " + m));
        if (rule.alert() == null) {
            return problems;
        }
        if (!SEVERITIES.contains(String.valueOf(rule.labels().get("severity")))) {
            problems.add(rule.id() + ": severity " + rule.labels().get("severity") + " is not one of " + SEVERITIES);
        }
        for (String annotation : List.of("summary", "description", "runbook")) {
            Object value = rule.annotations().get(annotation);
            if (value == null || value.toString().isBlank()) {
                problems.add(rule.id() + ": no " + annotation + " annotation");
            }
        }
        Object runbook = rule.annotations().get("runbook");
        if (runbook != null && !(runbook.toString().contains(RUNBOOK) && runbook.toString().contains(rule.alert()))) {
            problems.add(rule.id() + ": runbook annotation does not name " + RUNBOOK + " and the alert");
        }
        if (!runbookText.contains(rule.alert())) {
            problems.add(rule.id() + ": " + RUNBOOK
                    + "'s Monitoring and alerts says nothing of it (what to do when it fires)");
        }
        return problems;
    }

    /** The metrics neither registered by the code nor standard, in name order. */
    static Set<String> unknownMetrics(Set<String> used, Set<String> registered) {
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeIf(m -> registered.contains(m) || RegisteredMetrics.isStandard(m));
        return unknown;
    }

    /** The metrics the alerting rules select, in name order. */
    static Set<String> watchedMetrics(Manifests manifests) {
        Set<String> metrics = new TreeSet<>();
        of(manifests).forEach(r -> metrics.addAll(PromQl.read(r.expr()).metrics()));
        return metrics;
    }

    /** The section "Monitoring and alerts" of docs/deploy.md (up to the next heading of its level), or "". */
    static String runbookText() {
        try {
            String doc = Files.readString(RepoRoot.resolve(RUNBOOK));
            Matcher heading = SECTION.matcher(doc);
            if (!heading.find()) {
                return "";
            }
            Matcher next = Pattern.compile("(?m)^" + heading.group(1) + " ").matcher(doc);
            return doc.substring(heading.start(), next.find(heading.end()) ? next.start() : doc.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
