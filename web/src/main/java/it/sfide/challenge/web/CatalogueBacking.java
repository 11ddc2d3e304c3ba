package it.sfide.challenge.web;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Themes;
import it.sfide.challenge.boundary.CatalogueParameters;
import it.sfide.challenge.boundary.CatalogueQuery;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeSummary;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.web.LanguageBacking;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public catalogue. The search and filters are GET parameters with the API's names, read by the same parser
 * as the API ({@link CatalogueParameters}), so a search can be bookmarked and shared and a wrong value gets the same
 * answer (here: named on its field, and nothing listed); results are paged lazily by the same boundary method as
 * the API.
 */
@Named
@RequestScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The names the page's address used before it took the API's, still understood in links shared then. */
    private static final Map<String, String> ALIASES = Map.of("from", "deadlineFrom", "to", "deadlineTo");

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    LanguageBacking language;

    /** The address's parameters by the API's names, as the filters show them. */
    private final Map<String, String> parameters = new HashMap<>();
    /** The search; null after a wrong parameter: nothing is listed. */
    private CatalogueQuery query;
    private boolean searched;
    private List<Directory.BodyView> bodies;

    private final LazyDataModel<ChallengeSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            CatalogueQuery query = query();
            return query == null ? 0 : (int) catalogue.count(query.atPage(0, 1));
        }

        @Override
        public List<ChallengeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            CatalogueQuery query = query();
            return query == null ? List.of() : catalogue.search(query.atPage(first / Math.max(1, pageSize),
                    pageSize), language.getLocale()).items();
        }

        @Override
        public String getRowKey(ChallengeSummary summary) {
            return String.valueOf(summary.id());
        }
    };

    /**
     * View action: reads the address's parameters; a wrong one fails here and the page handler names it. The
     * table's pages are asked for by its form, sent to the same address (see PageAddress), so they read them again.
     */
    public void search() {
        searched = true;
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        CatalogueParameters.NAMES.forEach(name -> parameters.put(name, sent.get(name)));
        ALIASES.forEach((alias, name) -> {
            if (parameters.get(name) == null) {
                parameters.put(name, sent.get(alias));
            }
        });
        query = CatalogueParameters.parse(parameters);
    }

    private CatalogueQuery query() {
        if (!searched) {
            search();
        }
        return query;
    }

    /** Whether any filter or word narrows the results. */
    public boolean isFiltered() {
        return parameters.entrySet().stream().filter(p -> !Set.of("sort", "page", "size").contains(p.getKey()))
                .anyMatch(p -> p.getValue() != null && !p.getValue().isBlank());
    }

    public List<ChallengeType> getTypes() { return List.of(ChallengeType.values()); }
    public List<ChallengeStatus> getStatuses() { return ChallengeStatus.publiclyListed(); }
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
    public Map<String, String> getParameters() { return parameters; }
}
