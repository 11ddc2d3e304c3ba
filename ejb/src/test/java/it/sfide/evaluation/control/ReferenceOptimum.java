package it.sfide.evaluation.control;

import it.sfide.evaluation.control.AssignmentPlanner.Item;
import it.sfide.evaluation.control.AssignmentPlanner.Pair;
import it.sfide.evaluation.control.AssignmentPlanner.Reviewer;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optimum expertise score of an assignment, found by JGraphT's capacity-scaling minimum-cost flow and sharing
 * no code with {@link AssignmentPlanner}: source → each reviewer (at least ⌊slots / reviewers⌋, at most
 * ⌈slots / reviewers⌉ units), reviewer → item (capacity 1, no arc for a conflict), item → sink (capacity
 * perItem). The source supplies, and the sink takes, items × perItem units, so the loads are balanced and every
 * item filled. An arc reviewer → item costs (greatest affinity − affinity), non-negative, and every unit crosses
 * exactly one such arc (the score is read from the flow and checked against the cost).
 */
final class ReferenceOptimum {

    private ReferenceOptimum() {
    }

    /** The greatest total affinity over all balanced, conflict-free, complete assignments without kept pairs. */
    static long score(List<Item> items, List<Reviewer> reviewers, int perItem, Set<Pair> conflicts) {
        int units = items.size() * perItem;
        int floor = units / reviewers.size();
        int ceiling = units % reviewers.size() == 0 ? floor : floor + 1;
        Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
        graph.addVertex("source");
        graph.addVertex("sink");
        int greatest = 0;
        Map<DefaultWeightedEdge, Integer> affinities = new HashMap<>();
        for (Reviewer reviewer : reviewers) {
            String r = "r" + reviewer.id();
            graph.addVertex(r);
            DefaultWeightedEdge in = graph.addEdge("source", r);
            lower.put(in, floor);
            upper.put(in, ceiling);
            graph.setEdgeWeight(in, 0);
        }
        for (Item item : items) {
            String i = "i" + item.id();
            graph.addVertex(i);
            DefaultWeightedEdge out = graph.addEdge(i, "sink");
            lower.put(out, 0);
            upper.put(out, perItem);
            graph.setEdgeWeight(out, 0);
            for (Reviewer reviewer : reviewers) {
                if (!conflicts.contains(new Pair(reviewer.id(), item.id()))) {
                    Set<String> shared = new HashSet<>(reviewer.expertise());
                    shared.retainAll(item.topics());
                    DefaultWeightedEdge arc = graph.addEdge("r" + reviewer.id(), i);
                    lower.put(arc, 0);
                    upper.put(arc, 1);
                    affinities.put(arc, shared.size());
                    greatest = Math.max(greatest, shared.size());
                }
            }
        }
        for (Map.Entry<DefaultWeightedEdge, Integer> arc : affinities.entrySet()) {
            graph.setEdgeWeight(arc.getKey(), greatest - arc.getValue());
        }
        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(graph,
                        v -> v.equals("source") ? units : v.equals("sink") ? -units : 0,
                        upper::get, lower::get));
        long score = 0;
        long placed = 0;
        for (Map.Entry<DefaultWeightedEdge, Integer> arc : affinities.entrySet()) {
            long carried = Math.round(flow.getFlow(arc.getKey()));
            placed += carried;
            score += carried * arc.getValue();
        }
        if (placed != units || Math.round(flow.getCost()) != (long) units * greatest - score) {
            throw new IllegalStateException("the reference flow is not what was asked for");
        }
        return score;
    }
}
