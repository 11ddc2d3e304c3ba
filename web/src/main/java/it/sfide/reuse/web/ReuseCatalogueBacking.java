package it.sfide.reuse.web;

import it.sfide.challenge.Themes;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.reuse.boundary.CatalogueService;
import it.sfide.reuse.boundary.EntrySummary;
import it.sfide.reuse.boundary.ReuseParameters;
import it.sfide.reuse.boundary.ReuseQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
 * The public reuse catalogue ({@code /catalogue/}), built like the challenge catalogue: the search and filters are
 * GET parameters with the API's names, read by the API's parser ({@link ReuseParameters}), so a search can be
 * bookmarked and a wrong value is named on its filter; results are paged lazily by the API's boundary method.
 */
@Named
@RequestScoped
public class ReuseCatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    @Inject
    LanguageBacking language;

    /** The address's parameters by the API's names, as the filters show them. */
    private final Map<String, String> parameters = new HashMap<>();
    /** The search; null after a wrong parameter: nothing is listed. */
    private ReuseQuery query;
    private boolean searched;
    private List<Directory.BodyView> bodies;
    private List<String> licences;

    private final LazyDataModel<EntrySummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ReuseQuery q = query();
            return q == null ? 0 : (int) catalogue.count(q.atPage(0, 1));
        }

        @Override
        public List<EntrySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ReuseQuery q = query();
            return q == null ? List.of() : catalogue.search(q.atPage(first / Math.max(1, pageSize), pageSize))
                    .items();
        }

        @Override
        public String getRowKey(EntrySummary entry) {
            return String.valueOf(entry.id());
        }
    };

    /** View action: reads the address's parameters; a wrong one fails here and the page handler names it. */
    public void search() {
        searched = true;
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ReuseParameters.NAMES.forEach(name -> parameters.put(name, sent.get(name)));
        query = ReuseParameters.parse(parameters);
    }

    private ReuseQuery query() {
        if (!searched) {
            search();
        }
        return query;
    }

    /** Whether any filter or word narrows the results. */
    public boolean isFiltered() {
        return parameters.entrySet().stream().filter(p -> !Set.of("page", "size").contains(p.getKey()))
                .anyMatch(p -> p.getValue() != null && !p.getValue().isBlank());
    }

    public List<Directory.BodyView> getBodies() {
        if (bodies == null) {
            bodies = catalogue.bodies();
        }
        return bodies;
    }

    public List<String> getLicences() {
        if (licences == null) {
            licences = catalogue.licences();
        }
        return licences;
    }

    public List<ItalianRegion> getRegions() { return List.of(ItalianRegion.values()); }
    public List<String> getThemes() { return Themes.CODES; }
    public LazyDataModel<EntrySummary> getModel() { return model; }
    public Map<String, String> getParameters() { return parameters; }
}
