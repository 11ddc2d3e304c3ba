package it.sfide.document;

import it.sfide.document.boundary.CountersignatureView;
import it.sfide.document.boundary.ExpectedSigner;
import it.sfide.document.control.Countersignatures;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What the contract area's boundary will do with an upload, in its own transaction (rolled back when refused), for
 * the in-container test: the document area's boundary wants a signed-in caller, which an in-container test is not.
 */
@Stateless
public class CountersignatureProbe {

    @Inject
    Countersignatures countersignatures;

    public CountersignatureView countersign(String protocol, byte[] upload, List<ExpectedSigner> accepted) {
        return countersignatures.countersign(protocol, upload, accepted, "firmato");
    }
}
