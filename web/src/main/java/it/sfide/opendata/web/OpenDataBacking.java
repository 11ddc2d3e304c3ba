package it.sfide.opendata.web;

import it.sfide.opendata.boundary.OpenDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
            // the same index GET /api/v1/ocds/bulk gives
            months = new ArrayList<>();
            for (jakarta.json.JsonObject f : openData.bulkIndex().getJsonArray("files")
                    .getValuesAs(jakarta.json.JsonObject.class)) {
                String month = f.getString("month");
                months.add(new Month(month, "/api/v1/ocds/bulk/" + month + ".json", f.getInt("releases")));
            }
            Collections.reverse(months);
        }
        return months;
    }
}
