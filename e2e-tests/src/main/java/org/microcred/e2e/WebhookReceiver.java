package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An institution's own endpoint as outbound webhooks reach it: an HTTP server on loopback (the running system allows
 * plain http and private addresses for the tests) that keeps each delivery with whether its Standard Webhooks
 * signature verified under the endpoint's secret, and answers 204. Tests and the bulk benchmark use it.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery: its {@code webhook-id}, its body, and whether a signature of the header verified. */
    public record Delivery(String id, JsonNode body, boolean signed) {
        public String type() {
            return body.path("type").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile String secret = "";

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            deliveries.add(new Delivery(id, JSON.readTree(body), verifies(id, timestamp, signatures, body)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The endpoint's secret ({@code whsec_...}), as its creation answered it. */
    public void secret(String secret) {
        this.secret = secret;
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    /** How many deliveries of this type arrived (copies of one delivery, by its webhook-id, count once). */
    public long count(String type) {
        return deliveries.stream().filter(d -> type.equals(d.type())).map(Delivery::id).distinct().count();
    }

    private boolean verifies(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        byte[] expected = sign(Base64.getDecoder().decode(secret.substring(6)), id + "." + timestamp + ".", body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] sign(byte[] key, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
