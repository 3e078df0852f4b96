package org.microcred.credentials.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * 1EdTech's plain Open Badges 3.0 JSON Schemas (draft 2019-09), applied to what we issue and what the wallet's
 * Open Badges API answers, and the CLR 2.0 API's (JSON-LD adaptations, the only form 1EdTech publishes of those).
 * They are never copied into this repository: they are read from {@code ../shared/conformance/ob3-json-schemas}
 * beside the clone
 * (as CI has it); without that directory the calling test is skipped, saying what and where 1EdTech publishes them.
 *
 * <p>Strict on purpose: every error fails, and there are no warnings. 1EdTech's own validator reports a plain-schema
 * failure only as a warning when the JSON-LD adaptation passes (a single {@code proof} object, for one); a credential
 * that passes the plain schema here passes both. Formats ({@code date-time}, {@code uri}...) are asserted.
 *
 * <p>Shared through the credentials test-jar with issuance-service's tests and e2e-tests.
 */
public final class Ob3Schemas {

    /** Where 1EdTech publishes the schemas (the JSON-LD adaptations; the plain ones are in openbadges-specification). */
    public static final String PUBLISHED = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/";
    private static final String SHARED = "../shared/conformance/ob3-json-schemas";

    /** The schemas we validate against, by what they describe. */
    public enum Kind {
        /** AchievementCredential / OpenBadgeCredential: micro-credentials and stacked pathway credentials. */
        ACHIEVEMENT_CREDENTIAL("plain/achievementcredential.json"),
        /** A Profile: an issuer's, and an earner's as the Open Badges API answers it. */
        PROFILE("plain/profile.json"),
        /** The Open Badges API's answer to getCredentials. */
        GET_CREDENTIALS_RESPONSE("plain/getopenbadgecredentialsresponse.json"),
        /** The Open Badges API's error body. */
        IMSX_STATUS_INFO("plain/imsx_statusinfo.json"),
        /** The CLR 2.0 API's answer to getCredentials (1EdTech publishes CLR's as JSON-LD adaptations only). */
        CLR_GET_CREDENTIALS_RESPONSE("jsonld/clr_v2p0_getclrcredentialsresponse_schema.json"),
        /** A Profile as the CLR 2.0 API answers it. */
        CLR_PROFILE("jsonld/clr_v2p0_profile_schema.json"),
        /** The CLR 2.0 API's error body. */
        CLR_IMSX_STATUS_INFO("jsonld/clr_v2p0_imsx_statusinfo_schema.json");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static Ob3Schemas loaded;

    private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);

    private Ob3Schemas(Path directory) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        for (Kind kind : Kind.values()) {
            try {
                schemas.put(kind, registry.getSchema(Files.readString(directory.resolve(kind.file)),
                        InputFormat.JSON));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + directory.resolve(kind.file), e);
            }
        }
    }

    /**
     * The schemas, loaded once per JVM; when {@code ../shared/conformance/ob3-json-schemas} is not beside the
     * repository, skips the calling test (a JUnit assumption) and says so on standard error.
     */
    public static synchronized Ob3Schemas require() {
        Path directory = directory();
        if (!Files.isRegularFile(directory.resolve(Kind.ACHIEVEMENT_CREDENTIAL.file))) {
            String skipped = "Skipped the OB 3.0 JSON Schema checks: 1EdTech's plain schemas are not at " + directory
                    + " (they are published at " + PUBLISHED + " and in 1EdTech/openbadges-specification,"
                    + " docs/schema/)";
            System.err.println(skipped);
            Assumptions.abort(skipped);
        }
        if (loaded == null) {
            loaded = new Ob3Schemas(directory);
        }
        return loaded;
    }

    /** Every error of the document against the schema, one line each ({@code <instance path>: <message>}). */
    public List<String> problems(Kind kind, String json) {
        List<Error> errors = schemas.get(kind).validate(json, InputFormat.JSON);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /** Fails, listing every error, unless the document validates with none. */
    public void assertValid(Kind kind, String json) {
        assertEquals(List.of(), problems(kind, json), kind.file + " rejects " + json);
    }

    /**
     * {@code ../shared/conformance/ob3-json-schemas} from the repository root: the system property
     * {@code microcred.repo} when set (e2e-tests' failsafe sets it), else the nearest directory above the working
     * directory that holds {@code credentials/pom.xml}.
     */
    static Path directory() {
        String repo = System.getProperty("microcred.repo");
        Path root = repo != null ? Path.of(repo) : Path.of("").toAbsolutePath();
        if (repo == null) {
            for (Path dir = root; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("credentials/pom.xml"))) {
                    root = dir;
                    break;
                }
            }
        }
        return root.toAbsolutePath().resolve(SHARED).normalize();
    }
}
