package it.sfide.platform.web;

import it.sfide.shared.Chart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the bar charts of the pages (WEB-INF/includes/bar-chart.xhtml) compute: a bar's length. */
@Named("charts")
@ApplicationScoped
public class Charts {

    /** A bar's length as a whole percentage of the chart's longest bar, or of its own whole for a progress bar. */
    public long percent(Chart chart, Chart.Bar bar) {
        long whole = bar.of() > 0 ? bar.of() : chart.max();
        return whole == 0 ? 0 : Math.round(100.0 * bar.value() / whole);
    }
}
