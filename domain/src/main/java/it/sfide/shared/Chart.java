package it.sfide.shared;

import java.util.List;

/**
 * Figures to compare, drawn as bars: {@code kind} names the chart (pages take its title from a bundle key named
 * after it); each bar has either a bundle key or a plain label, a value and, for progress bars, the whole it is part
 * of. Pages draw it as a table with bars, so the numbers are read as text.
 */
public record Chart(String kind, List<Chart.Bar> bars) implements java.io.Serializable {

    public Chart {
        bars = List.copyOf(bars);
    }

    /** The longest bar's length: the largest whole, or the largest value where there is no whole. */
    public long max() {
        return bars.stream().mapToLong(b -> b.of() > 0 ? b.of() : b.value()).max().orElse(0);
    }

    /** A bar: {@code labelKey} (a bundle key) or {@code label} (a name as it is), its value, and the whole (0: none). */
    public record Bar(String labelKey, String label, long value, long of) implements java.io.Serializable {
    }
}
