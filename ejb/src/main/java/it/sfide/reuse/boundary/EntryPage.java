package it.sfide.reuse.boundary;

import java.util.List;

/** One page of the reuse catalogue and how many entries match in all. */
public record EntryPage(List<EntrySummary> items, long total, int page, int size) {
}
