package org.microcred.support.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP exchange with a {@link CheckedTarget}, the way every outbound call of this service goes: connected to the
 * address checked (the URL's host still names the request and the TLS server, whose certificate must match it), no
 * redirect followed, at most {@code maxBytes} of the answer read (then the connection is reset: the rest is not read),
 * the whole exchange within a time limit. The outcome arrives on the caller's Vert.x context (a Vert.x timer, not a
 * Mutiny one), so a transaction the caller holds goes on there.
 */
public final class PinnedExchange {

    /**
     * The status, the headers, what was read of the body, and whether that is all of it (not cut at the limit or by
     * an error).
     */
    public record Answer(int status, MultiMap headers, Buffer body, boolean whole) {
    }

    private PinnedExchange() {
    }

    /**
     * The options of a client for pinned exchanges: no connection kept (each exchange connects to the address checked
     * for it), the TLS server's name sent and its certificate checked against the URL's host, no redirect.
     */
    public static HttpClientOptions clientOptions(Duration connectTimeout) {
        return new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0);
    }

    /** The request to the target's checked address, named by the URL's host, redirects not followed. */
    public static RequestOptions request(CheckedTarget target, HttpMethod method) {
        return new RequestOptions()
                .setMethod(method)
                .setHost(target.url().host())
                .setPort(target.url().port())
                .setSsl(target.url().https())
                .setURI(target.url().pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(target.url().port(), target.address().getHostAddress()))
                .setFollowRedirects(false);
    }

    /**
     * Sends {@code body} (null for none). Fails only when no status arrived: the connection or TLS handshake failed,
     * or {@code limitMs} passed; a status with a body cut short is an answer, not {@link Answer#whole()}.
     */
    public static Uni<Answer> exchange(Vertx vertx, HttpClient client, RequestOptions options, Buffer body,
            int maxBytes, long limitMs) {
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Promise<Answer> answer = Promise.promise();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                answer.tryFail(opened.cause());
                return;
            }
            HttpClientRequest request = opened.result();
            sent.set(request);
            request.exceptionHandler(answer::tryFail);
            (body == null ? request.send() : request.send(body)).onComplete(responded -> {
                if (responded.failed()) {
                    answer.tryFail(responded.cause());
                    return;
                }
                var response = responded.result();
                int status = response.statusCode();
                Buffer read = Buffer.buffer();
                response.handler(chunk -> {
                    read.appendBuffer(chunk);
                    if (read.length() > maxBytes && answer.tryComplete(new Answer(status, response.headers(), read, false))) {
                        request.reset();
                    }
                });
                response.exceptionHandler(failure -> answer.tryComplete(new Answer(status, response.headers(), read, false)));
                response.endHandler(end -> answer.tryComplete(new Answer(status, response.headers(), read, true)));
            });
        });
        long timer = vertx.setTimer(limitMs, fired -> answer.tryFail(new TimeoutException("no answer within "
                + limitMs + " ms")));
        answer.future().onComplete(done -> vertx.cancelTimer(timer));
        return Uni.createFrom().completionStage(answer.future().toCompletionStage())
                .onFailure().invoke(failure -> {
                    HttpClientRequest request = sent.get();
                    if (request != null) {
                        request.reset();
                    }
                });
    }
}
