package org.microcred.credentials.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.CredentialJson;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.ProofCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * eddsa-rdfc-2022 on the realistic Open Badges 3.0 credential of the conformance vector, one thread: signing
 * (JSON text in, signed JSON text out) and verifying (signed JSON text in, with did:key resolution), plus the two
 * parts of their cost (canonicalization of the credential, the Ed25519 signature) to see where time goes.
 * Run: {@code mvn -B -o -pl credentials -Pbench test-compile exec:exec} (docs/perf/credentials-jmh.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// titanium needs 20-30 s of JIT compilation to reach steady state on two shared cores: long warm-up iterations
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class DataIntegrityBenchmark {

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();
    private final Canonicalizer canonicalizer = new Canonicalizer();
    private final KeyResolver keys = new DidKeyResolver();

    private String unsigned;
    private String signed;
    private JsonObject unsignedObject;
    private byte[] seed;
    private String verificationMethod;
    private Instant created;
    private byte[] hashData;

    @Setup
    public void setUp() throws IOException {
        unsigned = resource("unsigned.json");
        signed = resource("signed.json");
        unsignedObject = CredentialJson.parse(unsigned);
        JsonObject key = Json.createReader(new StringReader(resource("key.json"))).readObject();
        seed = HexFormat.of().parseHex(key.getString("seedHex"));
        verificationMethod = key.getString("verificationMethod");
        created = Instant.parse("2025-01-15T10:00:00Z");
        hashData = new byte[64];
        if (!proofs.verify(proofs.sign(unsigned, seed, verificationMethod, created), keys).valid()) {
            throw new IllegalStateException("the benchmark's credential does not verify");
        }
    }

    @Benchmark
    public String sign() {
        return proofs.sign(unsigned, seed, verificationMethod, created);
    }

    @Benchmark
    public ProofCheck verify() {
        return proofs.verify(signed, keys);
    }

    /** RDFC-1.0 of the credential alone (already parsed): the JSON-LD and canonicalization share. */
    @Benchmark
    public byte[] canonicalizeCredential() {
        return canonicalizer.hash(unsignedObject);
    }

    /** The Ed25519 signature alone (Bouncy Castle) over the 64 bytes of hash data. */
    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] ed25519Sign() {
        return Ed25519Keys.sign(seed, hashData);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DataIntegrityBenchmark.class.getResourceAsStream("/vectors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
