package it.sfide.document.control;

import it.sfide.document.boundary.DocumentSigning;
import it.sfide.document.boundary.SignatureRequestView;
import it.sfide.shared.Agenda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What of the documents waits for anyone: the documents they are asked to sign (minutes, reports, contracts). */
@ApplicationScoped
public class DocumentAgenda implements Agenda {

    @Inject
    DocumentSigning signing;

    @Override
    public List<Todo> todo(Caller caller) {
        return signing.pending().stream().filter(r -> r.signedAt() == null).map(r -> new Todo("document.sign",
                r.title(), r.protocol(), 1, "/account/signatures.xhtml", null)).toList();
    }
}
