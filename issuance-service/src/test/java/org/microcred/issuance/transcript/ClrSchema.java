package org.microcred.issuance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * 1EdTech's CLR 2.0 JSON Schema of a {@code ClrCredential} (the JSON-LD adaptation, draft 2019-09), read from
 * {@code ../shared/conformance/ob3-json-schemas/jsonld/clr_v2p0_clrcredential_schema.json} beside the clone and never
 * copied here; without it the calling test is skipped, saying so. Every error fails; formats are asserted.
 */
public final class ClrSchema {

    public static final String PUBLISHED =
            "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";
    private static final String SHARED = "../shared/conformance/ob3-json-schemas/jsonld/clr_v2p0_clrcredential_schema.json";

    private static Schema loaded;

    private ClrSchema() {
    }

    /** Every error of the document, one line each ({@code <instance path>: <message>}); skips without the schema. */
    public static List<String> problems(String json) {
        return require().validate(json, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    public static void assertValid(String json) {
        assertEquals(List.of(), problems(json), "the CLR 2.0 schema rejects " + json);
    }

    private static synchronized Schema require() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            String skipped = "Skipped the CLR 2.0 JSON Schema check: 1EdTech's schema is not at " + file
                    + " (published at " + PUBLISHED + ")";
            System.err.println(skipped);
            Assumptions.abort(skipped);
        }
        if (loaded == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true).build()));
            try {
                loaded = registry.getSchema(Files.readString(file), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return loaded;
    }

    /** From the repository root: the nearest directory above the working directory that holds credentials/pom.xml. */
    private static Path file() {
        Path root = Path.of("").toAbsolutePath();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("credentials/pom.xml"))) {
                root = dir;
                break;
            }
        }
        return root.resolve(SHARED).normalize();
    }
}
