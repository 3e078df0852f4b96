package org.microcred.support.outbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Keeps a well-formed incoming {@code traceparent} header so the events a request causes carry it. */
public class TraceparentFilter {

    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

    @ServerRequestFilter
    public void keepTraceparent(ContainerRequestContext request) {
        String header = request.getHeaderString("traceparent");
        if (header != null && TRACEPARENT.matcher(header).matches()) {
            TraceContext.set(header);
        }
    }
}
