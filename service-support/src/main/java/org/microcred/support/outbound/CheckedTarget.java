package org.microcred.support.outbound;

import java.net.InetAddress;

/** A URL that passed its guard, with the address it resolved to then: the one to connect to, never resolved again. */
public record CheckedTarget(OutboundUrl url, InetAddress address) {
}
