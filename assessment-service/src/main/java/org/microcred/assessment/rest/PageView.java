package org.microcred.assessment.rest;

import java.util.List;

/** One page of a list: the items, how many there are in all, and the page asked for. */
public record PageView<T>(List<T> items, long total, int limit, int offset) {
}
