package it.sfide.evaluation.control;

import it.sfide.evaluation.control.AssignmentPlanner.Plan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.Locale;

/**
 * The assignment benchmark of docs/benchmarks.md, run on demand only (surefire's default includes skip the
 * name): for calls of growing size (seeded {@link RandomCall}s, 2 % conflicts, 3 evaluators per proposal), one
 * timed run of {@link AssignmentPlanner#plan} and one of the JGraphT reference optimum, with the plan's conflicts,
 * loads and score. Prints a Markdown table and writes it to target/assignment-benchmark.md. It checks the plan's
 * constraints; the times are reported, not asserted.
 *
 * <pre>./mvnw -o -B -pl ejb -am test -Dtest=AssignmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * {@code -Dassignment.sizes=250/25,2000/200} chooses the sizes.
 */
class AssignmentBenchmark {

    private static final int PER_ITEM = 3;
    private static final double CONFLICTS = 0.02;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void assignsCallsOfGrowingSize() throws IOException {
        String sizes = System.getProperty("assignment.sizes", "250/25,500/50,1000/100,2000/200,4000/400");
        // warm the planner up on a call of its own, so the first size is not timed cold
        RandomCall warmUp = RandomCall.generate(250, 25, CONFLICTS, 1);
        for (int k = 0; k < 3; k++) {
            AssignmentPlanner.plan(warmUp.items(), warmUp.reviewers(), PER_ITEM, warmUp.conflicts(), Set.of());
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| proposals / evaluators | pairs | planner (CPU) | conflicts | loads | score | optimum | planner / optimum | optimum solver |%n"
                + "|---|---|---|---|---|---|---|---|---|%n"));
        System.out.print(table);
        for (String size : sizes.split(",")) {
            int proposals = Integer.parseInt(size.split("/")[0].trim());
            int evaluators = Integer.parseInt(size.split("/")[1].trim());
            RandomCall call = RandomCall.generate(proposals, evaluators, CONFLICTS, 2026L * proposals + evaluators);

            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Plan plan = AssignmentPlanner.plan(call.items(), call.reviewers(), PER_ITEM, call.conflicts(), Set.of());
            double planSeconds = (System.nanoTime() - start) / 1e9;
            double planCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            long conflicted = plan.pairs().stream().filter(call.conflicts()::contains).count();
            AssignmentPlannerTest.assertValid(plan, call, PER_ITEM);

            start = System.nanoTime();
            long optimum = ReferenceOptimum.score(call.items(), call.reviewers(), PER_ITEM, call.conflicts());
            double optimumSeconds = (System.nanoTime() - start) / 1e9;

            String row = String.format(Locale.ROOT, "| %,d / %,d | %,d | %.2f s (%.2f s) | %d | %d–%d | %,d | %,d | %.2f %% | %.2f s |%n",
                    proposals, evaluators, plan.pairs().size(), planSeconds, planCpu, conflicted, plan.minLoad(),
                    plan.maxLoad(), plan.expertiseScore(), optimum, 100.0 * plan.expertiseScore() / optimum,
                    optimumSeconds);
            System.out.print(row);
            table.append(row);
        }
        Files.writeString(Path.of("target", "assignment-benchmark.md"), table);
    }
}
