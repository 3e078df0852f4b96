package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generates the inputs of one endpoint, deterministic from a seed: bad path ids (another
 * institution's, another earner's, random, malformed), bad query parameters, missing or wrong
 * credentials, Accept headers nobody serves, wrong content types, bodies at and just over the
 * configured limit, and the body mutations of {@link CorpusJson} and {@link CorpusFiles}.
 */
final class CorpusInputs {

    /** What the generator needs of the running system: tokens, ids to misuse, the valid upload parts. */
    record Context(Function<String, String> token, List<String> otherTenantIds, List<String> ownIds,
            Map<CorpusEndpoint.Body, List<CorpusFiles.Part>> validParts, String webhookSecret) {
    }

    private final CorpusEndpoint endpoint;
    private final Context context;
    private final long bodyLimit;
    private final Random random;
    private final CorpusJson json;
    private final CorpusFiles files;

    CorpusInputs(CorpusEndpoint endpoint, Context context, long bodyLimit, long seed) {
        this.endpoint = endpoint;
        this.context = context;
        this.bodyLimit = bodyLimit;
        this.random = new Random(seed ^ endpoint.name().hashCode());
        this.json = new CorpusJson(random, this::otherId);
        this.files = new CorpusFiles(random);
    }

    /** {@code count} inputs: the boundary sizes first, then random mutations. */
    List<CorpusRequest> generate(int count) {
        List<CorpusRequest> inputs = new ArrayList<>(boundaries());
        while (inputs.size() < count) {
            CorpusRequest input = next();
            if (input.sendable()) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    /** A body of exactly the limit, and one byte over it (only a 413 is right for that one). */
    private List<CorpusRequest> boundaries() {
        List<CorpusRequest> sizes = new ArrayList<>();
        for (long size : new long[] {bodyLimit, bodyLimit + 1}) {
            boolean over = size > bodyLimit;
            String kind = (over ? "just over" : "at") + " the body limit (" + size + " bytes)";
            switch (endpoint.body()) {
                case UPLOAD, BADGE -> {
                    CorpusFiles.Multipart body = CorpusFiles.ofSize(context.validParts().get(endpoint.body()), size);
                    sizes.add(request(kind, endpoint.url(null, null), token(), Map.of("Content-Type",
                            body.contentType()), body.body(), over));
                }
                case VC_JWT -> sizes.add(request(kind, endpoint.url(null, null), token(),
                        Map.of("Content-Type", "application/vc+jwt"), "e".repeat((int) size).getBytes(), over));
                default -> {
                    JsonNode template = endpoint.json() == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory
                            .instance.objectNode() : endpoint.json();
                    byte[] body = CorpusJson.ofSize(template, size);
                    sizes.add(withBody(kind, body, "application/json", over));
                }
            }
        }
        return sizes;
    }

    private CorpusRequest next() {
        int roll = random.nextInt(100);
        boolean hasIds = !endpoint.ids().isEmpty();
        if (roll < 5) {
            return badCredentials();
        }
        if (roll < 10) {
            String accept = pickOf(CorpusValues.ACCEPTS);
            return request("Accept " + accept, endpoint.url(null, null), token(), Map.of("Accept", accept), validBody(),
                    false);
        }
        boolean bodyless = endpoint.body() == CorpusEndpoint.Body.NONE;
        if (roll < (bodyless ? 45 : 20) && hasIds) {
            return badPathId();
        }
        if (roll < (bodyless ? 85 : 27)) {
            return badQuery();
        }
        if (bodyless) {
            byte[] body = random.nextBoolean() ? json.mutate(com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode().put("a", 1)).body()
                    : pickOf(CorpusValues.MALFORMED).getBytes(StandardCharsets.UTF_8);
            return withBody("a body where none is read", body, pickOf(CorpusValues.CONTENT_TYPES), false);
        }
        if (roll < 35) {
            return withBody("content type", validBody(), random.nextInt(6) == 0 ? null
                    : pickOf(CorpusValues.CONTENT_TYPES), false);
        }
        return switch (endpoint.body()) {
            case UPLOAD, BADGE -> {
                CorpusFiles.Multipart body = files.mutate(context.validParts().get(endpoint.body()),
                        endpoint.body() == CorpusEndpoint.Body.BADGE);
                yield request(body.kind(), endpoint.url(null, null), token(),
                        Map.of("Content-Type", body.contentType()), body.body(), false);
            }
            case VC_JWT -> withBody("vc+jwt", files.jwt(endpoint.json().asText()).getBytes(StandardCharsets.UTF_8),
                    "application/vc+jwt", false);
            case WEBHOOK -> roll < 55 ? badWebhookHeaders() : signedJson();
            default -> {
                CorpusJson.Mutation mutation = json.mutate(endpoint.json());
                yield withBody(mutation.kind(), mutation.body(), "application/json", false);
            }
        };
    }

    private CorpusRequest badCredentials() {
        String choice = pickOf(List.of("no token", "garbage token", "forged token", "other institution's earner",
                "another earner", "assessor"));
        String token = switch (choice) {
            case "no token" -> null;
            case "garbage token" -> pickOf(CorpusValues.STRINGS).replaceAll("[^\\x21-\\x7e]", "x");
            case "forged token" -> "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.";
            case "other institution's earner" -> context.token().apply("sp-earner");
            case "another earner" -> context.token().apply("nb-earner2");
            default -> context.token().apply("nb-assessor");
        };
        return request(choice, endpoint.url(null, null), token, Map.of(), validBody(), false);
    }

    private CorpusRequest badPathId() {
        List<String> names = new ArrayList<>(endpoint.ids().keySet());
        String name = names.get(random.nextInt(names.size()));
        String id = random.nextInt(3) == 0 ? pickOf(CorpusValues.BAD_IDS) : otherId();
        return request("path id " + name, endpoint.url(name, id), token(), Map.of(), validBody(), false);
    }

    private CorpusRequest badQuery() {
        StringBuilder query = new StringBuilder(endpoint.query());
        int params = 1 + random.nextInt(3);
        for (int i = 0; i < params; i++) {
            String name = pickOf(CorpusValues.QUERY_NAMES);
            String value = random.nextInt(4) == 0 ? otherId() : pickOf(CorpusValues.BAD_QUERY_VALUES);
            query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(value);
        }
        String url = endpoint.url(null, null) + "?" + query;
        return request("query", url, token(), Map.of(), validBody(), false);
    }

    /** A webhook body mutated and then signed correctly, so the mutation reaches the parser. */
    private CorpusRequest signedJson() {
        CorpusJson.Mutation mutation = json.mutate(endpoint.json());
        return withBody(mutation.kind(), mutation.body(), "application/json", false);
    }

    /** A valid webhook body with a broken id, timestamp or signature. */
    private CorpusRequest badWebhookHeaders() {
        byte[] body = validBody();
        String id = "msg_" + new UUID(random.nextLong(), random.nextLong());
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return switch (random.nextInt(3)) {
            case 0 -> webhook("webhook-id", body,
                    pickOf(CorpusValues.STRINGS).replaceAll("[\\r\\n\\x00-\\x1f\\x7f-\\uffff]", "x"), timestamp, null);
            case 1 -> webhook("webhook-timestamp", body, id, pickOf(List.of("", "abc", "-1", "0", "1e20",
                    "99999999999999999999", Long.toString(Instant.now().getEpochSecond() - 3600),
                    Long.toString(Instant.now().getEpochSecond() + 3600), timestamp + ".5", " " + timestamp)), null);
            default -> webhook("webhook-signature", body, id, timestamp, pickOf(List.of("", "v1,", "v1,AAAA",
                    "v2," + "A".repeat(44), "v1," + "A".repeat(10_000), "v1,!!!!", "v1 ,x",
                    "v1,AAAA " + LmsWebhook.signature(context.webhookSecret(), id, Long.parseLong(timestamp),
                            new String(body, StandardCharsets.UTF_8)))));
        };
    }

    /** A webhook delivery with the given id and timestamp, signed right unless a signature is given. */
    private CorpusRequest webhook(String kind, byte[] body, String id, String timestamp, String signature) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", timestamp);
        headers.put("webhook-signature", signature != null ? signature : signed(id, timestamp, body));
        return request(kind, endpoint.url(null, null), null, headers, body, false);
    }

    /** The right signature where the timestamp is a number (the service cannot read any other). */
    private String signed(String id, String timestamp, byte[] body) {
        try {
            return LmsWebhook.signature(context.webhookSecret(), id, Long.parseLong(timestamp),
                    new String(body, StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return "v1,AAAA";
        }
    }

    private CorpusRequest withBody(String kind, byte[] body, String contentType, boolean overLimit) {
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        return request(kind, endpoint.url(null, null), token(), headers, body, overLimit);
    }

    private byte[] validBody() {
        return switch (endpoint.body()) {
            case NONE -> null;
            case VC_JWT -> endpoint.json().asText().getBytes(StandardCharsets.UTF_8);
            case UPLOAD, BADGE -> CorpusFiles.body(context.validParts().get(endpoint.body()), "corpus-boundary-7f3a");
            default -> CorpusJson.write(endpoint.json(), false).getBytes(StandardCharsets.UTF_8);
        };
    }

    private CorpusRequest request(String kind, String url, String token, Map<String, String> headers, byte[] body,
            boolean overLimit) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null && !all.containsKey("Content-Type") && !kind.startsWith("content type")) {
            String type = switch (endpoint.body()) {
                case UPLOAD, BADGE -> "multipart/form-data; boundary=corpus-boundary-7f3a";
                case VC_JWT -> "application/vc+jwt";
                default -> "application/json";
            };
            all.put("Content-Type", type);
        }
        if (endpoint.body() == CorpusEndpoint.Body.WEBHOOK && !all.containsKey("webhook-id")) {
            // Signed with the institution's secret, so the input gets past the signature to the parser.
            String id = "msg_" + new UUID(random.nextLong(), random.nextLong());
            long now = Instant.now().getEpochSecond();
            all.put("webhook-id", id);
            all.put("webhook-timestamp", Long.toString(now));
            all.put("webhook-signature", LmsWebhook.signature(context.webhookSecret(), id, now,
                    body == null ? "" : new String(body, StandardCharsets.UTF_8)));
        }
        return new CorpusRequest(endpoint, kind, endpoint.method(), url, token, all, body, overLimit);
    }

    private String token() {
        return endpoint.user() == null ? null : context.token().apply(endpoint.user());
    }

    /** Another institution's id, an id of another kind of this one, or a random UUID. */
    private String otherId() {
        return switch (random.nextInt(3)) {
            case 0 -> pickOf(context.otherTenantIds());
            case 1 -> pickOf(context.ownIds());
            default -> new UUID(random.nextLong(), random.nextLong()).toString();
        };
    }

    private <T> T pickOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
