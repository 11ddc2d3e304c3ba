package it.sfide.contract.web;

import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contracts of the caller's organisation ({@code /contracts/index.xhtml}), latest first. */
@Named
@RequestScoped
public class ContractsBacking {

    @Inject
    ContractService contracts;

    private List<ContractView> list = List.of();

    @PostConstruct
    void init() {
        list = contracts.mine();
    }

    public List<ContractView> getList() {
        return list;
    }
}
