package it.sfide.challenge.api;

import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.challenge.boundary.CatalogueQuery;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeSummary;
import it.sfide.platform.Links;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed of newly published challenges ({@code GET /api/v1/challenges/feed}, {@code ?lang=en} for English):
 * the 50 latest, each linking to its page. Feed readers need no account.
 */
@Path("challenges/feed")
public class ChallengeFeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    Links links;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(ATOM + ";charset=UTF-8")
    @Operation(summary = "Feed of published challenges (Atom)")
    @PermitAll
    public String feed(@QueryParam("lang") String lang) throws XMLStreamException {
        Locale locale = lang != null ? Texts.supported(Locale.forLanguageTag(lang)) : ApiErrors.locale(headers);
        List<ChallengeSummary> latest = catalogue.search(new CatalogueQuery(null, null, null, null, null, null, null,
                null, null, null, null, CatalogueQuery.Sort.NEWEST, 0, ENTRIES), locale).items().stream()
                .filter(c -> c.publishedAt() != null && c.status().isPublic()).toList();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", links.api("/challenges/feed?lang=" + locale.getLanguage()));
        element(xml, "title", Texts.get(locale, "feed.title"));
        element(xml, "subtitle", Texts.get(locale, "feed.subtitle"));
        element(xml, "updated", (latest.isEmpty() ? Instant.EPOCH : latest.get(0).publishedAt()).toString());
        link(xml, "self", links.api("/challenges/feed?lang=" + locale.getLanguage()));
        link(xml, "alternate", links.catalogue());
        for (ChallengeSummary c : latest) {
            String page = links.challenge(c.id());
            xml.writeStartElement("entry");
            element(xml, "id", page);
            element(xml, "title", c.title(locale) == null ? c.ocid() : c.title(locale));
            element(xml, "updated", c.publishedAt().toString());
            element(xml, "published", c.publishedAt().toString());
            xml.writeStartElement("author");
            element(xml, "name", c.buyerName() == null ? "" : c.buyerName());
            xml.writeEndElement();
            link(xml, "alternate", page);
            element(xml, "summary", (c.summary(locale) == null ? "" : c.summary(locale)) + " — "
                    + Texts.get(locale, "challengeType." + c.type()));
            xml.writeStartElement("category");
            xml.writeAttribute("term", c.type().name());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }
}
