package it.sfide.opendata.web;

import it.sfide.opendata.boundary.OpenDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The open data page: what the portal publishes, under which licence, and the monthly bulk files. */
@Named
@RequestScoped
public class OpenDataBacking {

    @Inject
    OpenDataService openData;

    private List<Month> months;

    /** A monthly file: its month, its address and how many releases it holds. */
    public record Month(String month, String path, int releases) {
    }

    /** The monthly bulk files, newest first. */
    public List<Month> getMonths() {
        if (months == null) {
            months = new ArrayList<>();
            for (Map.Entry<YearMonth, Integer> e : openData.months().entrySet()) {
                months.add(new Month(e.getKey().toString(), "/api/v1/ocds/bulk/" + e.getKey() + ".json",
                        e.getValue()));
            }
            Collections.reverse(months);
        }
        return months;
    }
}
