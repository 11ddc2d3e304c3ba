package it.sfide.evaluation.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntToLongFunction;

/**
 * The automatic assignment of evaluators ({@link Reviewer}s) to proposals ({@link Item}s): a pure calculation, no
 * container, no database.
 *
 * <p>{@link #plan} gives every item {@code max(perItem, pairs kept on it)} distinct reviewers, never a conflicted
 * pair, keeps the pairs it is told to keep, and spreads the loads so that they differ by at most one; among the
 * plans that do so it returns one with the greatest total {@link #affinity}. What cannot be done is not an
 * exception: an item that cannot get enough reviewers is reported in {@link Plan#shortfalls}, and loads that
 * cannot be balanced (kept pairs, conflicts) are kept as close to balanced as possible.
 *
 * <p>The plan is an exact minimum-cost flow (source → reviewer → item → sink, one unit per pair), solved by
 * successive shortest paths on a graph of the reviewers alone: a path either gives a free place of an item to a
 * reviewer, or lets reviewer A take an item over from reviewer B, who then takes another, and so on. Each step of
 * the search costs O(R²) for R reviewers, so a call of P items needing N reviewers each costs about P·N·R².
 * Priorities are costs of different orders of magnitude: first fill every item (maximum flow), then keep every
 * reviewer's load inside its band (the band of balanced loads; a load outside it costs more the farther it is),
 * then maximise affinity. Same input, same plan, whatever the order of the lists: ties are broken in id order.
 */
public final class AssignmentPlanner {

    /** An evaluator and the lower-case terms (themes and keywords) of their declared expertise. */
    public record Reviewer(long id, Set<String> expertise) {
        public Reviewer {
            expertise = Set.copyOf(expertise);
        }
    }

    /** A proposal and the lower-case terms (challenge theme, keywords) it is about. */
    public record Item(long id, Set<String> topics) {
        public Item {
            topics = Set.copyOf(topics);
        }
    }

    /** One reviewer on one item. */
    public record Pair(long reviewerId, long itemId) {
    }

    /**
     * The result: every pair, kept and new, ordered by item then reviewer; the least and greatest load among the
     * given reviewers; the sum of the affinities of the pairs; the items left without enough reviewers (item id →
     * how many are missing, in id order; empty when the plan is complete).
     */
    public record Plan(List<Pair> pairs, int minLoad, int maxLoad, long expertiseScore,
                       Map<Long, Integer> shortfalls) {
        public Plan {
            pairs = List.copyOf(pairs);
            shortfalls = Collections.unmodifiableMap(new TreeMap<>(shortfalls));
        }

        /** Whether every item got all the reviewers it needs. */
        public boolean complete() {
            return shortfalls.isEmpty();
        }
    }

    /** The default number of evaluators per proposal. */
    public static final int DEFAULT_PER_ITEM = 3;

    private AssignmentPlanner() {
    }

    /**
     * The expertise match of one pair: the number of terms the reviewer's expertise and the item's topics share
     * (0 when none). Terms are compared exactly; callers give them lower-case.
     */
    public static int affinity(Reviewer reviewer, Item item) {
        Set<String> small = reviewer.expertise().size() <= item.topics().size() ? reviewer.expertise() : item.topics();
        Set<String> large = small == reviewer.expertise() ? item.topics() : reviewer.expertise();
        int shared = 0;
        for (String term : small) {
            if (large.contains(term)) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * Plans the assignment.
     *
     * @param items     the proposals (distinct ids)
     * @param reviewers the evaluators who may be assigned (distinct ids); loads are counted over them
     * @param perItem   reviewers each item needs (at least 0); an item with more kept pairs keeps them all
     * @param conflicts pairs never to make (pairs naming unknown ids are ignored)
     * @param keep      pairs already made that stay (hand assignments, reports written), even when listed in
     *                  {@code conflicts}; they count in the loads and toward each item's reviewers. A kept pair
     *                  may name a reviewer not in {@code reviewers} (it then counts for the item only), not an
     *                  unknown item.
     * @return every pair, kept and new, with loads, score and shortfalls
     * @throws IllegalArgumentException for duplicate ids, a negative {@code perItem} or a kept pair on an unknown
     *                                  item
     */
    public static Plan plan(List<Item> items, List<Reviewer> reviewers, int perItem, Set<Pair> conflicts,
                            Set<Pair> keep) {
        if (perItem < 0) {
            throw new IllegalArgumentException("perItem < 0: " + perItem);
        }
        Instance instance = new Instance(items, reviewers, perItem, conflicts, keep);
        Solver solver = new Solver(instance, instance.missing());
        int placed = solver.run();
        if (placed < instance.missing()) {
            // some items cannot be filled: balance the loads over what can be placed, not over what was asked
            solver = new Solver(instance, placed);
            solver.run();
        }
        return solver.plan();
    }

    /** The input as arrays indexed by position (items and reviewers in id order). */
    private static final class Instance {
        final Item[] items;
        final Reviewer[] reviewers;
        final int[][] affinity;     // [item][reviewer]
        final boolean[][] allowed;  // [item][reviewer]: not a conflict
        final boolean[][] kept;     // [item][reviewer]
        final int[] need;           // reviewers each item must end with
        final int[] keptOnItem;     // kept pairs per item, unknown reviewers included
        final int[] keptLoad;       // kept pairs per reviewer
        final List<Pair> keptElsewhere = new ArrayList<>();   // kept pairs of reviewers not given

        Instance(List<Item> itemList, List<Reviewer> reviewerList, int perItem, Set<Pair> conflicts, Set<Pair> keep) {
            items = itemList.toArray(Item[]::new);
            reviewers = reviewerList.toArray(Reviewer[]::new);
            Arrays.sort(items, Comparator.comparingLong(Item::id));
            Arrays.sort(reviewers, Comparator.comparingLong(Reviewer::id));
            Map<Long, Integer> itemIndex = index(items.length, k -> items[k].id(), "item");
            Map<Long, Integer> reviewerIndex = index(reviewers.length, k -> reviewers[k].id(), "reviewer");
            int n = items.length;
            int m = reviewers.length;

            // terms as bit sets: an affinity is then a few AND and bit counts
            Map<String, Integer> terms = new HashMap<>();
            long[][] itemBits = new long[n][];
            long[][] reviewerBits = new long[m][];
            for (int i = 0; i < n; i++) {
                itemBits[i] = bits(items[i].topics(), terms);
            }
            for (int r = 0; r < m; r++) {
                reviewerBits[r] = bits(reviewers[r].expertise(), terms);
            }
            affinity = new int[n][m];
            allowed = new boolean[n][m];
            kept = new boolean[n][m];
            for (int i = 0; i < n; i++) {
                Arrays.fill(allowed[i], true);
                for (int r = 0; r < m; r++) {
                    affinity[i][r] = shared(itemBits[i], reviewerBits[r]);
                }
            }
            for (Pair conflict : conflicts) {
                Integer i = itemIndex.get(conflict.itemId());
                Integer r = reviewerIndex.get(conflict.reviewerId());
                if (i != null && r != null) {
                    allowed[i][r] = false;
                }
            }
            keptOnItem = new int[n];
            keptLoad = new int[m];
            for (Pair pair : keep) {
                Integer i = itemIndex.get(pair.itemId());
                if (i == null) {
                    throw new IllegalArgumentException("kept pair on an unknown item: " + pair);
                }
                keptOnItem[i]++;
                Integer r = reviewerIndex.get(pair.reviewerId());
                if (r == null) {
                    keptElsewhere.add(pair);
                } else {
                    kept[i][r] = true;
                    keptLoad[r]++;
                }
            }
            need = new int[n];
            for (int i = 0; i < n; i++) {
                need[i] = Math.max(perItem, keptOnItem[i]);
            }
        }

        /** Pairs still to make to fill every item. */
        int missing() {
            int missing = 0;
            for (int i = 0; i < items.length; i++) {
                missing += need[i] - keptOnItem[i];
            }
            return missing;
        }

        private static Map<Long, Integer> index(int size, IntToLongFunction id, String what) {
            Map<Long, Integer> index = new HashMap<>();
            for (int k = 0; k < size; k++) {
                if (index.put(id.applyAsLong(k), k) != null) {
                    throw new IllegalArgumentException("duplicate " + what + " id " + id.applyAsLong(k));
                }
            }
            return index;
        }

        private static long[] bits(Set<String> words, Map<String, Integer> terms) {
            long[] bits = new long[0];
            for (String word : words) {
                int term = terms.computeIfAbsent(word, w -> terms.size());
                if (term / 64 >= bits.length) {
                    bits = Arrays.copyOf(bits, term / 64 + 1);
                }
                bits[term / 64] |= 1L << (term % 64);
            }
            return bits;
        }

        private static int shared(long[] a, long[] b) {
            int shared = 0;
            for (int k = Math.min(a.length, b.length) - 1; k >= 0; k--) {
                shared += Long.bitCount(a[k] & b[k]);
            }
            return shared;
        }
    }

    /**
     * Successive shortest paths on the reviewers' graph. Node costs are reduced by potentials (Johnson), so each
     * search is a dense Dijkstra over the reviewers plus the sink.
     */
    private static final class Solver {
        private static final int NONE = Integer.MAX_VALUE;
        private static final long INFINITE = Long.MAX_VALUE / 4;
        /** The unit of the cost of a load outside a reviewer's band: more than any gain in affinity along a path. */
        private final long big;

        private final Instance in;
        private final int n;
        private final int m;
        private final boolean[][] on;      // [item][reviewer], kept pairs included
        private final int[] count;         // reviewers on each item
        private final IntList[] movable;   // per reviewer: items of its new pairs, which a path may move
        private final int[] lower;         // per reviewer: new pairs inside the band's lower part
        private final int[] upper;         // per reviewer: new pairs up to the band's top
        private final int[] added;         // per reviewer: new pairs so far
        private final int[][] takeCost;    // [r][x]: least affinity lost when r takes over one of x's items
        private final int[][] takeItem;    // [r][x]: that item
        private final int[] scratchCost;   // one column of takeCost being computed
        private final int[] scratchItem;
        private final int[] freeCost;      // [r]: −affinity of the best item with a free place r may take
        private final int[] freeItem;
        private final int[][] preference;  // [r]: the items r may take, best affinity first
        private final int[] cursor;        // [r]: items of preference before it are full
        private final long[] potential;
        private long sinkPotential;

        Solver(Instance in, int units) {
            this.in = in;
            n = in.items.length;
            m = in.reviewers.length;
            on = new boolean[n][];
            count = new int[n];
            for (int i = 0; i < n; i++) {
                on[i] = in.kept[i].clone();
                count[i] = in.keptOnItem[i];
            }
            movable = new IntList[m];
            for (int r = 0; r < m; r++) {
                movable[r] = new IntList();
            }
            int maxAffinity = 0;
            for (int[] row : in.affinity) {
                for (int a : row) {
                    maxAffinity = Math.max(maxAffinity, a);
                }
            }
            big = 4L * (m + 1) * (maxAffinity + 1);
            lower = new int[m];
            upper = new int[m];
            band(units);
            added = new int[m];
            takeCost = new int[m][m];
            takeItem = new int[m][m];
            scratchCost = new int[m];
            scratchItem = new int[m];
            for (int[] column : takeCost) {
                Arrays.fill(column, NONE);
            }
            freeCost = new int[m];
            freeItem = new int[m];
            preference = new int[m][];
            cursor = new int[m];
            for (int r = 0; r < m; r++) {
                preference[r] = preferences(r);
                updateFree(r);
            }
            // the first graph has no paths between reviewers: the distances are the arcs out of the source
            potential = new long[m];
            sinkPotential = INFINITE;
            for (int r = 0; r < m; r++) {
                potential[r] = unitCost(r);
                if (freeCost[r] != NONE) {
                    sinkPotential = Math.min(sinkPotential, potential[r] + freeCost[r]);
                }
            }
        }

        /**
         * The most balanced loads for {@code units} new pairs on top of the kept ones (water filling): the
         * reviewers below a level L are raised to it, and the units left over go one each to some reviewers at
         * L, who may reach L + 1.
         */
        private void band(int units) {
            if (m == 0) {
                return;
            }
            long low = 0;
            long high = units + Arrays.stream(in.keptLoad).max().orElse(0);
            while (low < high) {   // the largest level whose filling needs no more than the units
                long level = (low + high + 1) / 2;
                if (fill(level) <= units) {
                    low = level;
                } else {
                    high = level - 1;
                }
            }
            int level = (int) low;
            boolean leftOver = fill(level) < units;
            for (int r = 0; r < m; r++) {
                lower[r] = Math.max(0, level - in.keptLoad[r]);
                upper[r] = lower[r] + (leftOver && in.keptLoad[r] <= level ? 1 : 0);
            }
        }

        private long fill(long level) {
            long needed = 0;
            for (int load : in.keptLoad) {
                needed += Math.max(0, level - load);
            }
            return needed;
        }

        private int[] preferences(int r) {
            long[] keys = new long[n];
            int size = 0;
            for (int i = 0; i < n; i++) {
                if (in.allowed[i][r]) {
                    keys[size++] = ((long) -in.affinity[i][r] << 32) | i;   // affinity descending, then index
                }
            }
            keys = Arrays.copyOf(keys, size);
            Arrays.sort(keys);
            int[] order = new int[size];
            for (int k = 0; k < size; k++) {
                order[k] = (int) keys[k];
            }
            return order;
        }

        /**
         * The cost of reviewer r's next new pair: 0 inside its band; below the band a multiple of −big, above it a
         * multiple of +big, growing with the distance from the band. The costs rise with each pair (convex), so
         * when conflicts or kept pairs forbid balanced loads, the plan spreads the difference as evenly as it can.
         */
        private long unitCost(int r) {
            return added[r] < lower[r] ? -big * (lower[r] - added[r])
                    : added[r] < upper[r] ? 0 : big * (added[r] - upper[r] + 1);
        }

        /** Adds one pair per shortest path until no item can be given another reviewer; returns the pairs added. */
        int run() {
            int placed = 0;
            long[] distance = new long[m];
            int[] previous = new int[m];
            boolean[] settled = new boolean[m];
            while (true) {
                int last = shortestPath(distance, previous, settled);
                if (last < 0) {
                    return placed;
                }
                augment(last, previous);
                placed++;
            }
        }

        /** Dijkstra from the source on reduced costs; returns the reviewer whose free item ends the path, or −1. */
        private int shortestPath(long[] distance, int[] previous, boolean[] settled) {
            for (int r = 0; r < m; r++) {
                distance[r] = unitCost(r) - potential[r];
                previous[r] = -1;
                settled[r] = false;
            }
            long toSink = INFINITE;
            int last = -1;
            while (true) {
                int u = -1;
                for (int r = 0; r < m; r++) {
                    if (!settled[r] && (u < 0 || distance[r] < distance[u])) {
                        u = r;
                    }
                }
                if (u < 0 || distance[u] >= toSink || distance[u] >= INFINITE) {
                    break;
                }
                settled[u] = true;
                long base = distance[u] + potential[u];
                if (freeCost[u] != NONE && base + freeCost[u] - sinkPotential < toSink) {
                    toSink = base + freeCost[u] - sinkPotential;
                    last = u;
                }
                int[] out = takeCost[u];
                for (int x = 0; x < m; x++) {
                    int cost = out[x];
                    if (cost != NONE && !settled[x] && base + cost - potential[x] < distance[x]) {
                        distance[x] = base + cost - potential[x];
                        previous[x] = u;
                    }
                }
            }
            if (last < 0) {
                return -1;
            }
            for (int r = 0; r < m; r++) {
                potential[r] += Math.min(distance[r], toSink);
            }
            sinkPotential += toSink;
            return last;
        }

        /**
         * Applies the path ending at {@code last}: it takes its free item, and going back each reviewer's
         * predecessor takes over the item the path moved from it; the first reviewer has one pair more.
         */
        private void augment(int last, int[] previous) {
            IntList touched = new IntList();
            int item = freeItem[last];
            assign(last, item);
            count[item]++;
            touched.add(last);
            touched.addAll(reviewersOn(item));
            int reviewer = last;
            while (previous[reviewer] >= 0) {
                int taker = previous[reviewer];
                int moved = takeItem[taker][reviewer];
                on[moved][reviewer] = false;
                movable[reviewer].remove(moved);
                assign(taker, moved);
                touched.add(reviewer);
                touched.addAll(reviewersOn(moved));
                reviewer = taker;
            }
            added[reviewer]++;
            boolean[] done = new boolean[m];
            for (int k = 0; k < touched.size(); k++) {
                int x = touched.get(k);
                if (!done[x]) {
                    done[x] = true;
                    updateTakeOvers(x);
                }
            }
            for (int r = 0; r < m; r++) {
                updateFree(r);
            }
        }

        private void assign(int r, int item) {
            on[item][r] = true;
            movable[r].add(item);
        }

        private IntList reviewersOn(int item) {
            IntList list = new IntList();
            for (int r = 0; r < m; r++) {
                if (on[item][r]) {
                    list.add(r);
                }
            }
            return list;
        }

        /** Recomputes the arcs into x: for each other reviewer, the cheapest of x's new pairs it could take over. */
        private void updateTakeOvers(int x) {
            int[] cost = scratchCost;
            int[] which = scratchItem;
            Arrays.fill(cost, NONE);
            IntList items = movable[x];
            for (int k = 0; k < items.size(); k++) {
                int i = items.get(k);
                int[] affinity = in.affinity[i];
                boolean[] allowed = in.allowed[i];
                boolean[] onItem = on[i];
                int kept = affinity[x];
                for (int r = 0; r < m; r++) {
                    if (allowed[r] && !onItem[r]) {
                        int loss = kept - affinity[r];
                        if (loss < cost[r] || loss == cost[r] && i < which[r]) {
                            cost[r] = loss;
                            which[r] = i;
                        }
                    }
                }
            }
            for (int r = 0; r < m; r++) {   // stored by taker: a search reads all the arcs out of one reviewer
                takeCost[r][x] = cost[r];
                takeItem[r][x] = which[r];
            }
        }

        /** The best item with a free place that r may take (items, once full, stay full). */
        private void updateFree(int r) {
            int[] order = preference[r];
            int k = cursor[r];
            while (k < order.length && count[order[k]] >= in.need[order[k]]) {
                k++;
            }
            cursor[r] = k;
            freeCost[r] = NONE;
            for (; k < order.length; k++) {
                int i = order[k];
                if (count[i] < in.need[i] && !on[i][r]) {
                    freeCost[r] = -in.affinity[i][r];
                    freeItem[r] = i;
                    return;
                }
            }
        }

        Plan plan() {
            List<Pair> pairs = new ArrayList<>(in.keptElsewhere);
            Map<Long, Integer> shortfalls = new HashMap<>();
            int[] load = new int[m];
            long score = 0;
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < m; r++) {
                    if (on[i][r]) {
                        pairs.add(new Pair(in.reviewers[r].id(), in.items[i].id()));
                        load[r]++;
                        score += in.affinity[i][r];
                    }
                }
                if (count[i] < in.need[i]) {
                    shortfalls.put(in.items[i].id(), in.need[i] - count[i]);
                }
            }
            pairs.sort(Comparator.comparingLong(Pair::itemId).thenComparingLong(Pair::reviewerId));
            int minLoad = m == 0 ? 0 : Arrays.stream(load).min().getAsInt();
            int maxLoad = m == 0 ? 0 : Arrays.stream(load).max().getAsInt();
            return new Plan(pairs, minLoad, maxLoad, score, shortfalls);
        }
    }

    /** A growable list of ints, in insertion order. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        int size() {
            return size;
        }

        int get(int k) {
            return values[k];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(IntList other) {
            for (int k = 0; k < other.size; k++) {
                add(other.values[k]);
            }
        }

        void remove(int value) {
            for (int k = 0; k < size; k++) {
                if (values[k] == value) {
                    System.arraycopy(values, k + 1, values, k, size - k - 1);
                    size--;
                    return;
                }
            }
        }
    }
}
