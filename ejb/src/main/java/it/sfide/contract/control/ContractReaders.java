package it.sfide.contract.control;

import it.sfide.document.boundary.DocumentReaders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Both parties of a contract read its restricted documents: the contract and its milestone acceptances. */
@Dependent
public class ContractReaders implements DocumentReaders {

    @Inject
    Contracts contracts;

    @Override
    public boolean mayRead(String recordType, String recordId, long organisationId) {
        if (!"contract".equals(recordType) || recordId == null || !recordId.matches("[0-9]{1,18}")) {
            return false;
        }
        return contracts.find(Long.parseLong(recordId)).map(c -> c.isParty(organisationId)).orElse(false);
    }
}
