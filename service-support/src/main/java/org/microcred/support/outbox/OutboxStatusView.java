package org.microcred.support.outbox;

/**
 * The outbox of one tenant, as a gauge: rows parked now (the metric to alert on when above 0), unpublished rows
 * not parked (some of them held behind a parked row of their key), and rows an operator dropped so far.
 */
public record OutboxStatusView(String tenantId, long parked, long unpublished, long dropped) {
}
