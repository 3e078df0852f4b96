package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cheap PromQL reader: it names the metrics an expression selects and finds what a typo breaks. */
class PromQlTest {

    @Test
    void namesTheMetricsNotTheFunctionsLabelsOrKeywords() {
        PromQl.Reading reading = PromQl.read("sum by (namespace, job) (rate(http_server_requests_seconds_count"
                + "{job=~\"a|b\", status=~\"5..\"}[5m])) / on (job) group_left sum(rate(x_total[$__rate_interval]))"
                + " > 0.05 and deriv(lag[15m:1m]) > 0 or (y unless y offset 15m) or absent(up{job=\"w\"})");
        assertEquals(List.of(), reading.problems());
        assertEquals(Set.of("http_server_requests_seconds_count", "x_total", "lag", "y", "up"), reading.metrics());
    }

    @Test
    void findsWhatATypoBreaks() {
        assertEquals(List.of("unclosed ("), PromQl.read("sum(rate(up[5m])").problems());
        assertEquals(List.of("unbalanced )"), PromQl.read("rate(up[5m]))").problems());
        assertEquals(List.of("unknown function rates"), PromQl.read("rates(up[5m])").problems());
        assertEquals(List.of("label matcher job= without a quoted value"), PromQl.read("up{job=}").problems());
        assertEquals(List.of("label matcher job without =, !=, =~ or !~"), PromQl.read("up{job}").problems());
        assertEquals(List.of("range [up...]: a duration expected"),
                PromQl.read("rate(x[up])").problems());
        assertEquals(List.of("neither a number nor a duration: 5mn", "range [5mn...]: a duration expected"),
                PromQl.read("rate(x[5mn])").problems());
        assertEquals(List.of("by without its ( label list )", "unknown function job"),
                PromQl.read("sum by job (x)").problems());
        assertEquals(List.of("variable $namespace outside a string or a range"),
                PromQl.read("x > $namespace").problems());
        assertEquals(List.of("empty expression"), PromQl.read(" ").problems());
    }
}
