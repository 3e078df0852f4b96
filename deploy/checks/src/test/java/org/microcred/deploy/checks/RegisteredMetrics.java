package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metric names the services expose to Prometheus: the {@code microcred.*} meters their main code registers with
 * Micrometer, named as Micrometer's Prometheus registry names them (dots to underscores, the base unit appended,
 * {@code _total} on counters, {@code _seconds} and the histogram series on timers), plus the families Quarkus,
 * the Kafka client, Prometheus and kube-state-metrics provide ({@link #isStandard}). Quarkus's HTTP server timer has
 * no histogram unless the code gives it one, so its {@code _bucket} series count only when a MeterFilter does.
 */
final class RegisteredMetrics {

    private static final String NAME = "(\"microcred\\.[a-z0-9._-]+\"|[A-Za-z_][\\w.]*)";
    /** {@code Counter.builder(NAME)}, {@code Gauge.builder(NAME, ...)}, ... */
    private static final Pattern BUILDER = Pattern.compile("\\b(Counter|FunctionCounter|Timer|FunctionTimer"
            + "|LongTaskTimer|Gauge|TimeGauge|DistributionSummary)\\s*\\.\\s*builder\\(\\s*" + NAME);
    /** {@code registry.counter(NAME, ...)}, {@code registry.gauge(NAME, ...)}, ... */
    private static final Pattern REGISTRY_CALL = Pattern.compile(
            "\\.\\s*(counter|timer|gauge|gaugeCollectionSize|gaugeMapSize|summary)\\(\\s*" + NAME);
    /** {@code @Counted("...")}, {@code @Timed(value = "...")} */
    private static final Pattern ANNOTATION = Pattern.compile(
            "@(Counted|Timed)\\(\\s*(?:value\\s*=\\s*)?" + NAME);
    private static final Pattern CONSTANT = Pattern.compile(
            "\\bString\\s+(\\w+)\\s*=\\s*\"(microcred\\.[a-z0-9._-]+)\"\\s*;");
    private static final Pattern BASE_UNIT = Pattern.compile(
            "\\.baseUnit\\(\\s*(?:\"([a-z]+)\"|BaseUnits\\.(\\w+))\\s*\\)");
    private static final Pattern STANDARD = Pattern.compile(
            "up|http_server_requests_seconds_(count|sum|max)|jvm_\\w+|kafka_consumer_\\w+|kube_\\w+");
    /** A MeterFilter (or config) giving http.server.requests a histogram: only then are there _bucket series. */
    private static final Pattern HTTP_HISTOGRAM = Pattern.compile(
            "http\\.server\\.requests(?s:.{0,400}?)(percentilesHistogram|serviceLevelObjectives)");

    private RegisteredMetrics() {
    }

    /** Whether Prometheus, Quarkus's HTTP and JVM binders, the Kafka client or kube-state-metrics provide it. */
    static boolean isStandard(String name) {
        return STANDARD.matcher(name).matches();
    }

    /** The Prometheus names of the meters registered in every module's src/main/java. */
    static Set<String> ofCode() {
        try (Stream<Path> modules = Files.list(RepoRoot.path())) {
            return of(modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Prometheus names of the meters registered in the .java files under these directories. */
    static Set<String> of(List<Path> sourceRoots) {
        Map<String, String> sources = new HashMap<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file.toString(), Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> constants = new HashMap<>();
        sources.values().forEach(source -> {
            Matcher m = CONSTANT.matcher(source);
            while (m.find()) {
                constants.put(m.group(1), m.group(2));
            }
        });
        Set<String> names = new TreeSet<>();
        Map<String, String[]> helpers = new HashMap<>();
        for (String source : sources.values()) {
            collect(BUILDER.matcher(source), source, constants, names, helpers);
            collect(REGISTRY_CALL.matcher(source), source, constants, names, helpers);
            collect(ANNOTATION.matcher(source), source, constants, names, helpers);
        }
        if (sources.values().stream().anyMatch(source -> HTTP_HISTOGRAM.matcher(source).find())) {
            names.add("http_server_requests_seconds_bucket");
        }
        // counts.increment("microcred.enrolments", ...): a helper method passes its parameter on as the name
        helpers.forEach((method, meter) -> sources.values().forEach(source -> {
            Matcher call = Pattern.compile("\\b" + method + "\\(\\s*\"(microcred\\.[a-z0-9._-]+)\"").matcher(source);
            while (call.find()) {
                names.addAll(prometheusNames(meter[0], call.group(1), meter[1]));
            }
        }));
        return names;
    }

    /** Adds the names of the meters registered under a name known here; records helpers (method: type, unit). */
    private static void collect(Matcher m, String source, Map<String, String> constants, Set<String> names,
            Map<String, String[]> helpers) {
        while (m.find()) {
            int end = source.indexOf(';', m.end());
            String unit = baseUnit(source.substring(m.start(), end < 0 ? source.length() : end));
            String meter = resolve(m.group(2), constants);
            if (meter != null) {
                names.addAll(prometheusNames(m.group(1), meter, unit));
            } else {
                String method = methodTaking(source.substring(0, m.start()), m.group(2));
                if (method != null) {
                    helpers.put(method, new String[] {m.group(1), unit});
                }
            }
        }
    }

    /** The name of the last method declared before this point with a String parameter of that name, or null. */
    private static String methodTaking(String before, String parameter) {
        Matcher m = Pattern.compile("(\\w+)\\s*\\([^()]*\\bString\\s+" + Pattern.quote(parameter) + "\\b")
                .matcher(before);
        String method = null;
        while (m.find()) {
            method = m.group(1);
        }
        return method;
    }

    /** The meter name of a literal, or of a constant (possibly qualified: Metrics.ISSUED); null if not ours. */
    private static String resolve(String expression, Map<String, String> constants) {
        if (expression.startsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        return constants.get(expression.substring(expression.lastIndexOf('.') + 1));
    }

    private static String baseUnit(String statement) {
        Matcher m = BASE_UNIT.matcher(statement);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2).toLowerCase();
    }

    /** As Micrometer's PrometheusNamingConvention and the Prometheus registry name a meter's series. */
    static Set<String> prometheusNames(String type, String meter, String baseUnit) {
        String name = meter.replace('.', '_').replace('-', '_');
        String unit = switch (type) {
            case "Timer", "FunctionTimer", "LongTaskTimer", "TimeGauge", "timer", "Timed" -> "seconds";
            default -> baseUnit;
        };
        if (unit != null && !name.endsWith("_" + unit)) {
            name = name + "_" + unit;
        }
        return switch (type) {
            case "Counter", "FunctionCounter", "counter", "Counted" -> Set.of(name.endsWith("_total") ? name
                    : name + "_total");
            case "Timer", "FunctionTimer", "DistributionSummary", "timer", "summary", "Timed" -> Set.of(
                    name + "_count", name + "_sum", name + "_max", name + "_bucket");
            case "LongTaskTimer" -> Set.of(name + "_active_count", name + "_duration_sum", name + "_max",
                    name + "_bucket");
            default -> Set.of(name);
        };
    }
}
