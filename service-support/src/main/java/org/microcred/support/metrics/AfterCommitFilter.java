package org.microcred.support.metrics;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A REST request is a unit of work for {@link AfterCommit}: what it held counts only if it answered without error. */
public class AfterCommitFilter {

    @ServerRequestFilter
    public void begin() {
        AfterCommit.begin();
    }

    @ServerResponseFilter
    public void end(ContainerResponseContext response) {
        if (response.getStatus() < 400) {
            AfterCommit.committed();
        } else {
            AfterCommit.discard();
        }
    }
}
