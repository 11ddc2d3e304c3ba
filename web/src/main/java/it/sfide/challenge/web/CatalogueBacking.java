package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Themes;
import it.sfide.challenge.api.QueryParameters;
import it.sfide.challenge.boundary.CatalogueQuery;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeSummary;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public catalogue. The search and filters are GET parameters (bound by {@code f:viewParam}), so a search
 * can be bookmarked and shared; results are paged lazily by the same boundary method as the API.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ChallengeStatus> LISTED = Set.of(ChallengeStatus.PUBLISHED, ChallengeStatus.SUSPENDED,
            ChallengeStatus.CLOSED, ChallengeStatus.UNDER_EVALUATION, ChallengeStatus.AWARDED,
            ChallengeStatus.IN_EXECUTION, ChallengeStatus.COMPLETED, ChallengeStatus.CANCELLED);

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    LanguageBacking language;

    private String q;
    private String type;
    private String status;
    private String body;
    private String theme;
    private String region;
    private String trl;
    private String budgetMin;
    private String budgetMax;
    private String from;
    private String to;
    private String sort;
    private CatalogueQuery query;
    private List<Directory.BodyView> bodies;

    private final LazyDataModel<ChallengeSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalogue.count(page(0, 1));
        }

        @Override
        public List<ChallengeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return catalogue.search(page(first / Math.max(1, pageSize), pageSize), language.getLocale()).items();
        }

        @Override
        public String getRowKey(ChallengeSummary summary) {
            return String.valueOf(summary.id());
        }
    };

    /** Reads the URL's parameters once they are bound; a wrong one is named and left out. */
    public void search() {
        query = new CatalogueQuery(blankToNull(q), read(() -> QueryParameters.enumValue("type", type,
                ChallengeType.class)), read(() -> QueryParameters.enumValue("status", status, ChallengeStatus.class)),
                read(() -> QueryParameters.longValue("body", body)), blankToNull(theme),
                read(() -> QueryParameters.enumValue("region", region, ItalianRegion.class)),
                read(() -> QueryParameters.intValue("trl", trl)), read(() -> QueryParameters.amount("budgetMin",
                        budgetMin)), read(() -> QueryParameters.amount("budgetMax", budgetMax)),
                read(() -> QueryParameters.instant("from", from)), read(() -> endOfDay(QueryParameters.instant("to",
                        to))), read(() -> QueryParameters.enumValue("sort", sort, CatalogueQuery.Sort.class)), 0,
                CatalogueQuery.DEFAULT_SIZE);
    }

    private CatalogueQuery page(int page, int size) {
        if (query == null) {
            search();
        }
        return new CatalogueQuery(query.q(), query.type(), query.status(), query.body(), query.theme(),
                query.region(), query.trl(), query.budgetMin(), query.budgetMax(), query.deadlineFrom(),
                query.deadlineTo(), query.sort(), page, size);
    }

    private static <T> T read(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (it.sfide.shared.SfideException e) {
            Messages.show(e, Map.of());
            return null;
        }
    }

    private static Instant endOfDay(Instant startOfDay) {
        return startOfDay == null ? null : startOfDay.plus(java.time.Duration.ofDays(1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether any filter or word narrows the results. */
    public boolean isFiltered() {
        return Arrays.asList(q, type, status, body, theme, region, trl, budgetMin, budgetMax, from, to).stream()
                .anyMatch(v -> v != null && !v.isBlank());
    }

    public List<ChallengeType> getTypes() { return List.of(ChallengeType.values()); }
    public List<ChallengeStatus> getStatuses() {
        return Arrays.stream(ChallengeStatus.values()).filter(LISTED::contains).toList();
    }
    public List<String> getThemes() { return Themes.CODES; }
    public List<ItalianRegion> getRegions() { return List.of(ItalianRegion.values()); }
    public List<CatalogueQuery.Sort> getSorts() { return List.of(CatalogueQuery.Sort.values()); }

    public List<Directory.BodyView> getBodies() {
        if (bodies == null) {
            bodies = catalogue.bodies();
        }
        return bodies;
    }

    public LazyDataModel<ChallengeSummary> getModel() { return model; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getTrl() { return trl; }
    public void setTrl(String trl) { this.trl = trl; }
    public String getBudgetMin() { return budgetMin; }
    public void setBudgetMin(String budgetMin) { this.budgetMin = budgetMin; }
    public String getBudgetMax() { return budgetMax; }
    public void setBudgetMax(String budgetMax) { this.budgetMax = budgetMax; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
}
