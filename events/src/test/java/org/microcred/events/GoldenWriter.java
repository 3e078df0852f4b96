package org.microcred.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the golden samples after a deliberate, additive change to an event, from the repository root:
 * {@code mvn -pl events test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.microcred.events.GoldenWriter
 * -Dexec.args=events/src/test/resources/golden} (the path is relative to where Maven runs).
 * Review the diff: it is the change to the contract.
 */
final class GoldenWriter {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/golden");
        Files.createDirectories(dir);
        for (Map.Entry<EventType, EventEnvelope<?>> e : EventSamples.all().entrySet()) {
            Object tree = EventCodec.mapper().readTree(EventCodec.encode(e.getValue()));
            Files.writeString(dir.resolve(e.getKey().typeName() + ".json"),
                    EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
        }
    }
}
