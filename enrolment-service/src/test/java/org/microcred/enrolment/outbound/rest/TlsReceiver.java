package org.microcred.enrolment.outbound.rest;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An institution's endpoint over HTTPS on loopback, for the tests: serves the given {@link TestCertificate},
 * records every request and answers 200. Its URL names the host {@code localhost}.
 */
final class TlsReceiver implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;
    final List<Receiver.Request> requests = new CopyOnWriteArrayList<>();

    private TlsReceiver(TestCertificate certificate) {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setKeyCertOptions(new PfxOptions()
                .setPath(certificate.keyStore().toString()).setPassword(TestCertificate.PASSWORD)));
        server.requestHandler(request -> request.body().onSuccess(body -> {
            requests.add(new Receiver.Request(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                    request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8)));
            request.response().setStatusCode(200).end();
        }));
    }

    static TlsReceiver start(TestCertificate certificate) {
        TlsReceiver receiver = new TlsReceiver(certificate);
        try {
            receiver.server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            receiver.close();
            throw new IllegalStateException(e);
        }
        return receiver;
    }

    String url() {
        return "https://localhost:" + server.actualPort() + "/hook";
    }

    List<Receiver.Request> about(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
