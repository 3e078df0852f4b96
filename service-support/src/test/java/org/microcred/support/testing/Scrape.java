package org.microcred.support.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/**
 * Reads /q/metrics of the service under test as Prometheus scrapes it (no token) and answers one series' value.
 * Tests read a counter before and after what they do: other tests in the same run move it too.
 */
public final class Scrape {

    private Scrape() {
    }

    /** The whole Prometheus text. */
    public static String text() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the series named {@code name} (e.g. {@code microcred_decisions_total}) whose labels include every
     * {@code key, value} pair given; 0 when none exists yet (a counter appears at its first increment).
     */
    public static double value(String name, String... labels) {
        double sum = 0;
        for (String line : text().split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            String series = line.substring(0, line.lastIndexOf(' '));
            boolean matches = true;
            for (int i = 0; i + 1 < labels.length; i += 2) {
                matches &= series.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /**
     * As {@link #value}, once the series has stopped moving (the same for two seconds, at most 30): a consumer that
     * starts behind a backlog of earlier runs' events counts them first, and a "before" read meanwhile would be wrong.
     */
    public static double settled(String name, String... labels) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        double last = value(name, labels);
        int still = 0;
        while (still < 4 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            double now = value(name, labels);
            still = now == last ? still + 1 : 0;
            last = now;
        }
        return last;
    }

    /** For failure messages: the lines of one metric. */
    public static String lines(String name) {
        return String.join("\n", Arrays.stream(text().split("\n")).filter(l -> l.startsWith(name)).toList());
    }
}
