package it.sfide.challenge.boundary;

import java.util.List;

/** One page of catalogue results and how many there are in all. */
public record CataloguePage(List<ChallengeSummary> items, long total, int page, int size) {
}
