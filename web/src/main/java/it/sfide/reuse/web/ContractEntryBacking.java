package it.sfide.reuse.web;

import it.sfide.reuse.boundary.CatalogueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The reuse catalogue on a completed contract's page: the entry of its solution, if published (asked once per
 * request).
 */
@Named
@RequestScoped
public class ContractEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private final Map<Long, Long> entries = new HashMap<>();

    /** The entry's id, or null while the solution is not in the catalogue. */
    public Long entryOf(long contractId) {
        return entries.computeIfAbsent(contractId, id -> catalogue.entryOfContract(id).orElse(null));
    }
}
