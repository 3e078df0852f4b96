package org.microcred.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm, exact version in e2e-tests/package-lock.json) run inside the page: injected through the driver
 * (which the page's Content-Security-Policy does not govern), then {@code axe.run} on the whole document.
 */
public final class Axe {

    static final Path SCRIPT = HeadlessChromium.REPO.resolve("e2e-tests/node_modules/axe-core/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One rule broken: its id, impact (minor, moderate, serious, critical), help text and where. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private Axe() {
    }

    static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done('axe failed: ' + error));
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("axe failed")) {
            throw new IllegalStateException(text);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(text)) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
