package it.sfide.evaluation.control;

import it.sfide.evaluation.control.AssignmentPlanner.Item;
import it.sfide.evaluation.control.AssignmentPlanner.Pair;
import it.sfide.evaluation.control.AssignmentPlanner.Reviewer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random call for the assignment tests and benchmark: proposals about one of 20 challenge themes and
 * 3–5 of 200 keywords, evaluators declaring 2–4 themes and 3–8 keywords, both drawn Zipf-like (a few themes and
 * keywords are common, most are rare), and each proposal–evaluator pair a conflict with the given probability.
 */
record RandomCall(List<Item> items, List<Reviewer> reviewers, Set<Pair> conflicts) {

    static final int THEMES = 20;
    static final int KEYWORDS = 200;

    static RandomCall generate(int proposals, int evaluators, double conflictRate, long seed) {
        Random random = new Random(seed);
        Zipf themes = new Zipf(THEMES);
        Zipf keywords = new Zipf(KEYWORDS);
        List<Item> items = new ArrayList<>();
        for (int p = 0; p < proposals; p++) {
            Set<String> topics = new HashSet<>();
            topics.add("theme-" + themes.draw(random));
            draw(topics, keywords, "keyword-", 3 + random.nextInt(3), random);
            items.add(new Item(1000 + p, topics));
        }
        List<Reviewer> reviewers = new ArrayList<>();
        for (int e = 0; e < evaluators; e++) {
            Set<String> expertise = new HashSet<>();
            draw(expertise, themes, "theme-", 2 + random.nextInt(3), random);
            draw(expertise, keywords, "keyword-", 3 + random.nextInt(6), random);
            reviewers.add(new Reviewer(1 + e, expertise));
        }
        Set<Pair> conflicts = new HashSet<>();
        for (Item item : items) {
            for (Reviewer reviewer : reviewers) {
                if (random.nextDouble() < conflictRate) {
                    conflicts.add(new Pair(reviewer.id(), item.id()));
                }
            }
        }
        return new RandomCall(items, reviewers, conflicts);
    }

    private static void draw(Set<String> into, Zipf zipf, String prefix, int howMany, Random random) {
        int target = into.size() + howMany;
        while (into.size() < target) {
            into.add(prefix + zipf.draw(random));
        }
    }

    /** Ranks 0..n−1 with probability proportional to 1 / (rank + 1). */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
        }

        int draw(Random random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) / 2;
                if (cumulative[mid] < u) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
