package org.microcred.issuance.rest;

import java.util.List;

/** One page of award releases: {@code {items, total, limit, offset}}, as the other lists page. */
public record ReleasePage(List<ReleaseView> items, long total, int limit, int offset) {
}
