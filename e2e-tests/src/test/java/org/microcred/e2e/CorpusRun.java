package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends an endpoint's inputs with a small pool and judges every answer: no 5xx (but the verifier's
 * bulkhead's 503 with Retry-After); every 4xx an RFC 9457 problem document ({@code
 * application/problem+json} with {@code type}, {@code title} and the HTTP status as {@code status});
 * a body over the limit answered 413; and, for a request that writes, no partial write: a round
 * whose row counts moved has each refused input sent again alone, and a count that moves with a
 * refusal is a finding. Keeps a tally per endpoint and the findings, by endpoint, check and status.
 */
final class CorpusRun implements AutoCloseable {

    /** One answer: the HTTP status (-1: none), its media type, Retry-After and body, or the transport error. */
    record Answer(int status, String contentType, String retryAfter, String text, String error) {
    }

    /** What one endpoint was sent and answered. */
    static final class Tally {
        final String endpoint;
        int sent;
        int unsendable;
        int writes;
        int checkedForWrites;
        int unconfirmedChanges;
        long millis;
        final Map<Integer, Integer> statuses = new TreeMap<>();

        Tally(String endpoint) {
            this.endpoint = endpoint;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXAMPLES = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService pool;
    /** Requests sent again because their pooled connection had been closed (see send). */
    private final AtomicInteger staleConnections = new AtomicInteger();
    private final int threads;
    private final CorpusRows rows;
    private final List<Tally> tallies = new ArrayList<>();
    /** "endpoint | check | status" to the number of inputs and the first few of them. */
    private final Map<String, List<String>> findings = new LinkedHashMap<>();
    private final Map<String, Integer> findingCounts = new LinkedHashMap<>();
    /** "check | status | kind of input" to the number of inputs, over all endpoints: the likely causes. */
    private final Map<String, Integer> causes = new TreeMap<>();

    CorpusRun(RunningSystem system, int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
        this.rows = new CorpusRows(system);
    }

    /** Sends the inputs (in rounds of the pool's size where the endpoint writes) and judges each answer. */
    Tally run(CorpusEndpoint endpoint, List<CorpusRequest> inputs) {
        Tally tally = new Tally(endpoint.name());
        tallies.add(tally);
        long start = System.nanoTime();
        if (!endpoint.writes()) {
            judgeAll(tally, inputs, sendAll(inputs));
        } else {
            for (int from = 0; from < inputs.size(); from += threads) {
                List<CorpusRequest> round = inputs.subList(from, Math.min(inputs.size(), from + threads));
                Map<String, Long> before = rows.count(endpoint.service(), endpoint.tables());
                List<Answer> answers = sendAll(round);
                judgeAll(tally, round, answers);
                long written = answers.stream().filter(a -> a.status() >= 200 && a.status() < 300).count();
                tally.writes += (int) written;
                Map<String, Long> after = rows.count(endpoint.service(), endpoint.tables());
                tally.checkedForWrites += (int) (round.size() - written);
                if (!before.equals(after)) {
                    confirm(tally, round, answers, CorpusRows.difference(before, after));
                }
            }
        }
        tally.millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[corpus] %s: %d inputs in %d ms %s%n", tally.endpoint, tally.sent, tally.millis,
                tally.statuses);
        return tally;
    }

    /**
     * The counts moved in a round: by its accepted writes, by a partial one, or by the services' own
     * consumers (an event of an earlier, accepted request). Each refused input is sent again alone; a
     * count that moves with a refusal of its own is a partial write; a round of refusals whose change
     * does not come back is counted as unconfirmed.
     */
    private void confirm(Tally tally, List<CorpusRequest> round, List<Answer> answers, String change) {
        CorpusEndpoint endpoint = round.get(0).endpoint();
        boolean refusalsOnly = answers.stream().allMatch(a -> a.status() >= 400 || a.status() < 0);
        if (refusalsOnly) {
            // Give the consumers' writes (of an earlier request's event) time to land before resending.
            sleep(500);
        }
        for (int i = 0; i < round.size(); i++) {
            if (answers.get(i).status() < 400) {
                continue;
            }
            Map<String, Long> before = rows.count(endpoint.service(), endpoint.tables());
            Answer answer = send(round.get(i));
            Map<String, Long> after = rows.count(endpoint.service(), endpoint.tables());
            if (answer.status() >= 400 && !before.equals(after)) {
                record(tally.endpoint, "partial write (" + CorpusRows.difference(before, after) + ")", answer.status(),
                        round.get(i), answer);
                return;
            }
        }
        if (refusalsOnly) {
            tally.unconfirmedChanges++;
            System.out.println("[corpus] " + tally.endpoint + ": counts moved in a round of refusals (" + change
                    + ") but not again when its inputs were resent one by one");
        }
    }

    private List<Answer> sendAll(List<CorpusRequest> inputs) {
        List<Callable<Answer>> calls = inputs.stream().<Callable<Answer>>map(input -> () -> send(input)).toList();
        try {
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    Answer send(CorpusRequest input) {
        HttpRequest request;
        try {
            request = input.toHttpRequest();
        } catch (IllegalArgumentException e) {
            // A URL or header the HTTP client will not put on the wire: not an input the service could see.
            return new Answer(0, null, null, null, "unsendable: " + e.getMessage());
        }
        try {
            return answerOf(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            if (!closedBeforeAnswering(e)) {
                return new Answer(-1, null, null, null, e.toString());
            }
            // Vert.x answers an oversized request line or header block (414, 431) and closes the connection
            // without "Connection: close", so the client may have pooled it and sent this request on a socket
            // already closing: a race of the client's pool, not an answer. Sent again on a new connection; a
            // service that really closes without answering does it again and is reported.
            staleConnections.incrementAndGet();
            return sendOnce(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer sendOnce(HttpRequest request) {
        try {
            return answerOf(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            return new Answer(-1, null, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answerOf(HttpResponse<byte[]> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8), null);
    }

    /** The JDK's words for a pooled connection that the server closed before a byte of the answer came. */
    private static boolean closedBeforeAnswering(IOException e) {
        return String.valueOf(e.getMessage()).contains("header parser received no bytes");
    }

    private void judgeAll(Tally tally, List<CorpusRequest> inputs, List<Answer> answers) {
        for (int i = 0; i < inputs.size(); i++) {
            judge(tally, inputs.get(i), answers.get(i));
        }
    }

    private synchronized void judge(Tally tally, CorpusRequest input, Answer answer) {
        if (answer.status() == 0) {
            tally.unsendable++;
            return;
        }
        tally.sent++;
        tally.statuses.merge(answer.status(), 1, Integer::sum);
        int status = answer.status();
        if (status < 0) {
            record(tally.endpoint, "no answer: " + answer.error().replaceAll("@[0-9a-f]+", ""), status, input, answer);
        } else if (status >= 500 && !busy(answer)) {
            record(tally.endpoint, "5xx", status, input, answer);
        } else if (status >= 300 && status < 400) {
            record(tally.endpoint, "a redirect", status, input, answer);
        } else if (status >= 400 && !problem(answer)) {
            record(tally.endpoint, "not a problem document", status, input, answer);
        }
        if (input.overLimit() && status != 413 && status > 0) {
            record(tally.endpoint, "over the body limit but not 413", status, input, answer);
        }
    }

    /**
     * The one 5xx by design: the verifier's bulkhead (issue 9, A) answers 503 with Retry-After when
     * too many verifications run at once, as a problem document.
     */
    static boolean busy(Answer answer) {
        return answer.status() == 503 && answer.retryAfter() != null && problem(answer);
    }

    /** An RFC 9457 problem document whose status is the HTTP status. */
    static boolean problem(Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(answer.text());
            return body != null && body.path("type").isTextual() && !body.path("type").asText().isBlank()
                    && body.path("title").isTextual() && body.path("status").isInt()
                    && body.path("status").asInt() == answer.status();
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized void record(String endpoint, String check, int status, CorpusRequest input, Answer answer) {
        String key = endpoint + " | " + check + " | " + status;
        findingCounts.merge(key, 1, Integer::sum);
        causes.merge(check.replaceAll(" \\(.*", "") + " | " + status + " | " + family(input.kind()), 1, Integer::sum);
        List<String> examples = findings.computeIfAbsent(key, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            String text = answer.text() == null ? "" : answer.text();
            examples.add(input.describe() + "\n        answered " + status + " " + answer.contentType() + " "
                    + CorpusRequest.escape(text.substring(0, Math.min(300, text.length()))));
        }
    }

    /** The kind of an input without what varies between endpoints (the field, the id, the size). */
    private static String family(String kind) {
        return kind.replaceAll("^(duplicated|path id|missing|wrong type|edge string|other id|deep|huge|size)\\b.*",
                        "$1")
                .replaceAll(" \\(.*", "");
    }

    /** Findings by check, status and kind of input over all endpoints, most frequent first. */
    String causes() {
        StringBuilder out = new StringBuilder();
        causes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(cause -> out.append(String.format("  %5d  %s%n", cause.getValue(), cause.getKey())));
        return out.toString();
    }

    /** The findings whose key no known failure names, and the known ones, as printable lines. */
    List<String> findings(Collection<String> known, boolean wantKnown) {
        List<String> lines = new ArrayList<>();
        findings.forEach((key, examples) -> {
            boolean isKnown = known.stream().anyMatch(key::contains);
            if (isKnown == wantKnown) {
                lines.add(key + " (" + findingCounts.get(key) + " inputs), e.g.\n      "
                        + String.join("\n      ", examples));
            }
        });
        return lines;
    }

    /** One line per endpoint: inputs sent, answers by status, accepted writes, the time it took. */
    String summary() {
        StringBuilder table = new StringBuilder(String.format("%n%-75s %6s %6s %6s %7s  %s", "endpoint", "sent",
                "writes", "judged", "ms", "answers by status"));
        int sent = 0;
        for (Tally tally : tallies) {
            sent += tally.sent;
            table.append(String.format("%n%-75s %6d %6d %6s %7d  %s%s", tally.endpoint, tally.sent, tally.writes,
                    tally.checkedForWrites == 0 ? "-" : String.valueOf(tally.checkedForWrites), tally.millis,
                    tally.statuses, tally.unsendable == 0 ? "" : " (" + tally.unsendable + " not sendable)"));
        }
        int unconfirmed = tallies.stream().mapToInt(t -> t.unconfirmedChanges).sum();
        table.append(String.format("%n%d inputs to %d endpoints; judged: refused writes whose row counts were compared;"
                + " %d rounds of refusals moved a count that did not move again when resent; %d requests sent again"
                + " because their pooled connection had been closed by the server", sent, tallies.size(), unconfirmed,
                staleConnections.get()));
        return table.toString();
    }

    List<Tally> tallies() {
        return tallies;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        rows.close();
    }
}
