package org.microcred.enrolment.outbound;

import java.net.InetAddress;

/** A URL that passed its guard, with the address it resolved to then: the one to connect to, never resolved again. */
public record CheckedTarget(WebhookUrl url, InetAddress address) {
}
