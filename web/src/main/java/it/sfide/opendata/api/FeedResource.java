package it.sfide.opendata.api;

import it.sfide.platform.api.Open;
import it.sfide.challenge.boundary.CatalogueQuery;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeSummary;
import it.sfide.opendata.boundary.OpenDataService;
import it.sfide.platform.Links;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.i18n.Texts;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * The Atom feed of newly published challenges and of awards ({@code GET /api/v1/challenges/feed}, {@code ?lang=en}
 * for English): the 50 latest challenges and the 50 latest awards (as the open data publishes them), newest first,
 * each linking to the challenge's page. Feed readers need no account.
 */
@Path("challenges/feed")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    OpenDataService openData;

    @Inject
    Links links;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(ATOM + ";charset=UTF-8")
    @Operation(summary = "Feed of new challenges and awards (Atom)")
    @Open
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
        element(xml, "updated", latestOf(latest, openData.latestAwards(1)).toString());
        link(xml, "self", links.api("/challenges/feed?lang=" + locale.getLanguage()));
        link(xml, "alternate", links.catalogue());
        List<Entry> entries = new java.util.ArrayList<>();
        latest.forEach(c -> entries.add(new Entry(c.publishedAt(), c, null)));
        openData.latestAwards(ENTRIES).forEach(a -> entries.add(new Entry(a.date(), null, a)));
        entries.sort(java.util.Comparator.comparing(Entry::at).reversed());
        for (Entry e : entries) {
            if (e.challenge() != null) {
                challenge(xml, e.challenge(), locale);
            } else {
                award(xml, e.award(), locale);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** A challenge or an award, dated. */
    private record Entry(Instant at, ChallengeSummary challenge, OpenDataService.AwardNews award) {
    }

    private static Instant latestOf(List<ChallengeSummary> challenges, List<OpenDataService.AwardNews> awards) {
        Instant last = challenges.isEmpty() ? Instant.EPOCH : challenges.get(0).publishedAt();
        return awards.isEmpty() || awards.get(0).date().isBefore(last) ? last : awards.get(0).date();
    }

    private void challenge(XMLStreamWriter xml, ChallengeSummary c, Locale locale) throws XMLStreamException {
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

    private void award(XMLStreamWriter xml, OpenDataService.AwardNews a, Locale locale) throws XMLStreamException {
        String page = links.challenge(a.challengeId());
        String title = "en".equals(locale.getLanguage()) && a.titleEn() != null ? a.titleEn() : a.title();
        xml.writeStartElement("entry");
        element(xml, "id", page + "#" + a.awardId() + "-" + a.date().getEpochSecond());
        element(xml, "title", Texts.get(locale, "feed.award", title));
        element(xml, "updated", a.date().toString());
        element(xml, "published", a.date().toString());
        xml.writeStartElement("author");
        element(xml, "name", a.buyer());
        xml.writeEndElement();
        link(xml, "alternate", page);
        element(xml, "summary", a.suppliers().isEmpty() ? Texts.get(locale, "feed.award.none")
                : Texts.get(locale, "feed.award.to", String.join(", ", a.suppliers())));
        xml.writeStartElement("category");
        xml.writeAttribute("term", "award");
        xml.writeEndElement();
        xml.writeEndElement();
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
