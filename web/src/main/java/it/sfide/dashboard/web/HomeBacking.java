package it.sfide.dashboard.web;

import it.sfide.dashboard.boundary.DashboardService;
import it.sfide.dashboard.boundary.DashboardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: a signed-in person's dashboard, read once per request (the page calls it only when signed in). */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    DashboardService dashboards;

    private DashboardView dashboard;

    public DashboardView getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.mine();
        }
        return dashboard;
    }

    /** A section's kind as an element id: {@code proposal.drafts} becomes {@code proposal-drafts}. */
    public String anchor(String kind) {
        return kind.replace('.', '-');
    }
}
