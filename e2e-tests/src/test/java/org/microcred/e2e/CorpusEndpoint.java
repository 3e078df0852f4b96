package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One endpoint the corpus attacks, as a valid request to mutate: its method, its path with named
 * ids ({@code /api/v1/enrolments/{enrolment}/withdraw}), a query, a body of some kind, and the user
 * who calls it (null: a public endpoint). {@code tables} are the tables of the service's database
 * whose row counts a refused request must leave as they were (empty: every table but bookkeeping).
 */
record CorpusEndpoint(String service, String baseUrl, String method, String path, Map<String, String> ids,
        String query, Body body, JsonNode json, String user, List<String> tables) {

    /** What the request carries; each kind has its own mutations. */
    enum Body {
        NONE, JSON, VC_JWT, UPLOAD, BADGE, WEBHOOK
    }

    static Builder at(String service, String baseUrl, String method, String path) {
        return new Builder(service, baseUrl, method, path);
    }

    /** {@code GET /api/v1/...} with the ids' names, as the summary and the findings show it. */
    String name() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query.replaceAll("=[^&]*", "="))
                + (body == Body.VC_JWT ? " (vc+jwt)" : "");
    }

    boolean writes() {
        return !"GET".equals(method);
    }

    /** The path with each named id filled in, one of them possibly replaced. */
    String url(String replacedId, String replacement) {
        String filled = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            String value = id.getKey().equals(replacedId) ? replacement : id.getValue();
            filled = filled.replace("{" + id.getKey() + "}", value);
        }
        return baseUrl + filled;
    }

    static final class Builder {
        private final String service;
        private final String baseUrl;
        private final String method;
        private final String path;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private String query = "";
        private Body body = Body.NONE;
        private JsonNode json;
        private String user;
        private List<String> tables = List.of();

        private Builder(String service, String baseUrl, String method, String path) {
            this.service = service;
            this.baseUrl = baseUrl;
            this.method = method;
            this.path = path;
        }

        Builder id(String name, String value) {
            ids.put(name, value);
            return this;
        }

        Builder query(String value) {
            query = value;
            return this;
        }

        /** The valid body: a JSON document, the text of a VC-JWT, a file or a webhook payload. */
        Builder body(Body kind, JsonNode value) {
            body = kind;
            json = value;
            return this;
        }

        Builder as(String caller) {
            user = caller;
            return this;
        }

        Builder tables(String... names) {
            tables = List.of(names);
            return this;
        }

        CorpusEndpoint build() {
            return new CorpusEndpoint(service, baseUrl, method, path, Map.copyOf(ids), query, body, json, user, tables);
        }
    }
}
