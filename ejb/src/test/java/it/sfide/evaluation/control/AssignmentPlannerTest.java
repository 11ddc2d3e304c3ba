package it.sfide.evaluation.control;

import it.sfide.evaluation.control.AssignmentPlanner.Item;
import it.sfide.evaluation.control.AssignmentPlanner.Pair;
import it.sfide.evaluation.control.AssignmentPlanner.Plan;
import it.sfide.evaluation.control.AssignmentPlanner.Reviewer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentPlannerTest {

    private static final Set<Pair> NONE = Set.of();

    @Test
    void affinityIsTheNumberOfSharedTerms() {
        Reviewer reviewer = new Reviewer(1, Set.of("energia", "idrogeno", "reti"));
        assertEquals(2, AssignmentPlanner.affinity(reviewer, new Item(10, Set.of("idrogeno", "reti", "porti"))));
        assertEquals(0, AssignmentPlanner.affinity(reviewer, new Item(11, Set.of("sanità"))));
    }

    @Test
    void givesEveryItemExactlyPerItemDistinctReviewers() {
        RandomCall call = RandomCall.generate(40, 9, 0.0, 1);
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, NONE, NONE);
        assertTrue(plan.complete());
        assertEquals(120, plan.pairs().size());
        assertEquals(120, new HashSet<>(plan.pairs()).size());
        byItem(plan).values().forEach(reviewers -> assertEquals(3, reviewers.size()));
    }

    @Test
    void neverAssignsAConflictedPair() {
        RandomCall call = RandomCall.generate(100, 12, 0.3, 2);
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, call.conflicts(), NONE);
        assertTrue(plan.complete());
        plan.pairs().forEach(pair -> assertFalse(call.conflicts().contains(pair), pair::toString));
    }

    @Test
    void loadsDifferByAtMostOne() {
        RandomCall call = RandomCall.generate(101, 13, 0.05, 3);   // 303 pairs: 4 reviewers take 24, 9 take 23
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, call.conflicts(), NONE);
        assertEquals(23, plan.minLoad());
        assertEquals(24, plan.maxLoad());
        Map<Long, Integer> loads = loads(plan);
        assertEquals(4, loads.values().stream().filter(load -> load == 24).count());
    }

    @Test
    void prefersTheReviewerWhoseExpertiseMatches() {
        List<Item> items = List.of(new Item(10, Set.of("idrogeno")), new Item(11, Set.of("sanità")));
        List<Reviewer> reviewers = List.of(new Reviewer(1, Set.of("sanità")), new Reviewer(2, Set.of("idrogeno")));
        Plan plan = AssignmentPlanner.plan(items, reviewers, 1, NONE, NONE);
        assertEquals(List.of(new Pair(2, 10), new Pair(1, 11)), plan.pairs());
        assertEquals(2, plan.expertiseScore());
    }

    @Test
    void givesUpSomeMatchToBalanceTheLoads() {
        // both items match only reviewer 1; balanced loads need reviewer 2 on one of them
        List<Item> items = List.of(new Item(10, Set.of("idrogeno")), new Item(11, Set.of("idrogeno")));
        List<Reviewer> reviewers = List.of(new Reviewer(1, Set.of("idrogeno")), new Reviewer(2, Set.of("sanità")));
        Plan plan = AssignmentPlanner.plan(items, reviewers, 1, NONE, NONE);
        assertEquals(1, plan.minLoad());
        assertEquals(1, plan.maxLoad());
        assertEquals(1, plan.expertiseScore());
    }

    @Test
    void keepsHandAssignmentsAndCountsThemInTheLoads() {
        RandomCall call = RandomCall.generate(30, 6, 0.0, 4);
        long first = call.reviewers().get(0).id();
        Set<Pair> keep = new HashSet<>();
        for (int k = 0; k < 12; k++) {   // reviewer `first` already holds 12 items: a balanced load is 15
            keep.add(new Pair(first, call.items().get(k).id()));
        }
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, NONE, keep);
        assertTrue(plan.pairs().containsAll(keep));
        assertEquals(90, plan.pairs().size());
        assertEquals(15, plan.minLoad());
        assertEquals(15, plan.maxLoad());
        byItem(plan).values().forEach(reviewers -> assertEquals(3, reviewers.size()));
    }

    @Test
    void keepsMoreReviewersThanPerItemWhenMoreAreKeptAndKeepsTheOthersAsBalancedAsPossible() {
        RandomCall call = RandomCall.generate(10, 5, 0.0, 5);
        long item = call.items().get(0).id();
        Set<Pair> keep = new HashSet<>();
        for (Reviewer reviewer : call.reviewers().subList(0, 4)) {
            keep.add(new Pair(reviewer.id(), item));
        }
        keep.add(new Pair(99, call.items().get(1).id()));   // a reviewer no longer on the committee
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 2, NONE, keep);
        assertTrue(plan.complete());
        assertEquals(4, byItem(plan).get(item).size());
        assertEquals(2, byItem(plan).get(call.items().get(1).id()).size());
        assertTrue(plan.pairs().containsAll(keep));
        assertEquals(22, plan.pairs().size());
        assertEquals(4, plan.minLoad());   // 21 pairs on the committee: 4 or 5 each
        assertEquals(5, plan.maxLoad());
    }

    @Test
    void keepsAConflictedPairItIsToldToKeep() {
        List<Item> items = List.of(new Item(10, Set.of()));
        List<Reviewer> reviewers = List.of(new Reviewer(1, Set.of()), new Reviewer(2, Set.of()));
        Plan plan = AssignmentPlanner.plan(items, reviewers, 1, Set.of(new Pair(1, 10)), Set.of(new Pair(1, 10)));
        assertEquals(List.of(new Pair(1, 10)), plan.pairs());
    }

    @Test
    void reportsAnItemThatCannotGetEnoughReviewers() {
        RandomCall call = RandomCall.generate(20, 4, 0.0, 6);
        long item = call.items().get(7).id();
        Set<Pair> conflicts = new HashSet<>();
        for (Reviewer reviewer : call.reviewers().subList(0, 2)) {
            conflicts.add(new Pair(reviewer.id(), item));
        }
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, conflicts, NONE);
        assertEquals(Map.of(item, 1), plan.shortfalls());
        assertEquals(2, byItem(plan).get(item).size());
        assertEquals(59, plan.pairs().size());
        assertEquals(14, plan.minLoad());   // 59 pairs over 4 reviewers: the loads are still balanced
        assertEquals(15, plan.maxLoad());
        plan.pairs().forEach(pair -> assertFalse(conflicts.contains(pair)));
    }

    @Test
    void reportsEveryItemWhenPerItemExceedsTheReviewers() {
        RandomCall call = RandomCall.generate(5, 2, 0.0, 7);
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, NONE, NONE);
        assertEquals(10, plan.pairs().size());
        assertEquals(5, plan.shortfalls().size());
        plan.shortfalls().values().forEach(missing -> assertEquals(1, missing));
    }

    @Test
    void fillsEveryItemEvenWhenConflictsPreventBalancedLoads() {
        RandomCall call = RandomCall.generate(20, 5, 0.0, 8);
        long busy = call.reviewers().get(4).id();
        Set<Pair> conflicts = new HashSet<>();
        for (Item item : call.items().subList(0, 18)) {   // the fifth reviewer may review 2 items only
            conflicts.add(new Pair(busy, item.id()));
        }
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 2, conflicts, NONE);
        assertTrue(plan.complete());
        assertEquals(2, loads(plan).get(busy));
        assertEquals(2, plan.minLoad());
        assertEquals(10, plan.maxLoad());   // the other four share 38 pairs: 9 or 10 each
    }

    @Test
    void isDeterministicWhateverTheOrderOfTheInput() {
        RandomCall call = RandomCall.generate(150, 20, 0.02, 9);
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, call.conflicts(), NONE);
        List<Item> items = new ArrayList<>(call.items());
        List<Reviewer> reviewers = new ArrayList<>(call.reviewers());
        Collections.shuffle(items, new Random(1));
        Collections.shuffle(reviewers, new Random(2));
        assertEquals(plan, AssignmentPlanner.plan(items, reviewers, 3, new HashSet<>(call.conflicts()), NONE));
    }

    @Test
    void refusesDuplicateIdsAndKeptPairsOnUnknownItems() {
        List<Item> items = List.of(new Item(10, Set.of()), new Item(10, Set.of()));
        List<Reviewer> reviewers = List.of(new Reviewer(1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> AssignmentPlanner.plan(items, reviewers, 1, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> AssignmentPlanner.plan(items.subList(0, 1), reviewers, 1,
                NONE, Set.of(new Pair(1, 11))));
    }

    @Test
    void handlesNoItemsAndNoReviewers() {
        Plan empty = AssignmentPlanner.plan(List.of(), List.of(), 3, NONE, NONE);
        assertTrue(empty.pairs().isEmpty());
        Plan nobody = AssignmentPlanner.plan(List.of(new Item(10, Set.of())), List.of(), 3, NONE, NONE);
        assertEquals(Map.of(10L, 3), nobody.shortfalls());
    }

    @Test
    void reachesTheMinCostFlowOptimumOnSmallCalls() {
        for (long seed = 100; seed < 140; seed++) {
            Random random = new Random(seed);
            int perItem = 1 + random.nextInt(3);
            RandomCall call = RandomCall.generate(5 + random.nextInt(20), perItem + 2 + random.nextInt(5), 0.1, seed);
            Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), perItem, call.conflicts(), NONE);
            assertValid(plan, call, perItem);
            assertEquals(ReferenceOptimum.score(call.items(), call.reviewers(), perItem, call.conflicts()),
                    plan.expertiseScore(), "seed " + seed);
        }
    }

    @Test
    void scoresAtLeast95PercentOfTheMinCostFlowOptimum() {
        RandomCall call = RandomCall.generate(200, 30, 0.02, 42);
        Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), 3, call.conflicts(), NONE);
        assertValid(plan, call, 3);
        long optimum = ReferenceOptimum.score(call.items(), call.reviewers(), 3, call.conflicts());
        assertTrue(plan.expertiseScore() >= 0.95 * optimum, plan.expertiseScore() + " of " + optimum);
        assertTrue(plan.expertiseScore() <= optimum, plan.expertiseScore() + " above " + optimum);
    }

    /** Complete, conflict-free, no reviewer twice on an item, loads within one, the score the sum of affinities. */
    static void assertValid(Plan plan, RandomCall call, int perItem) {
        assertTrue(plan.complete(), plan.shortfalls()::toString);
        assertEquals(call.items().size() * perItem, new HashSet<>(plan.pairs()).size());
        byItem(plan).values().forEach(reviewers -> assertEquals(perItem, reviewers.size()));
        Map<Long, Reviewer> reviewers = new HashMap<>();
        call.reviewers().forEach(reviewer -> reviewers.put(reviewer.id(), reviewer));
        Map<Long, Item> items = new HashMap<>();
        call.items().forEach(item -> items.put(item.id(), item));
        long score = 0;
        for (Pair pair : plan.pairs()) {
            assertFalse(call.conflicts().contains(pair), pair::toString);
            score += AssignmentPlanner.affinity(reviewers.get(pair.reviewerId()), items.get(pair.itemId()));
        }
        assertEquals(score, plan.expertiseScore());
        Map<Long, Integer> loads = loads(plan);
        call.reviewers().forEach(reviewer -> loads.putIfAbsent(reviewer.id(), 0));
        int min = Collections.min(loads.values());
        int max = Collections.max(loads.values());
        assertEquals(min, plan.minLoad());
        assertEquals(max, plan.maxLoad());
        assertTrue(max - min <= 1, min + ".." + max);
    }

    static Map<Long, Set<Long>> byItem(Plan plan) {
        Map<Long, Set<Long>> byItem = new HashMap<>();
        plan.pairs().forEach(pair -> byItem.computeIfAbsent(pair.itemId(), k -> new HashSet<>()).add(pair.reviewerId()));
        return byItem;
    }

    static Map<Long, Integer> loads(Plan plan) {
        Map<Long, Integer> loads = new HashMap<>();
        plan.pairs().forEach(pair -> loads.merge(pair.reviewerId(), 1, Integer::sum));
        return loads;
    }
}
