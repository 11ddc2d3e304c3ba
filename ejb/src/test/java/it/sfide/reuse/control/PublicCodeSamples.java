package it.sfide.reuse.control;

import it.sfide.reuse.control.PublicCodeRecord.Contractor;
import it.sfide.reuse.control.PublicCodeRecord.Description;
import it.sfide.reuse.control.PublicCodeRecord.DevelopmentStatus;
import it.sfide.reuse.control.PublicCodeRecord.Owner;
import it.sfide.reuse.control.PublicCodeRecord.SoftwareType;

import java.time.LocalDate;
import java.util.List;

/**
 * A realistic catalogue record (a bridge-monitoring solution of Regione Lombardia, maintained by Nuvola Civica
 * under contract) and a draft to vary it one field at a time.
 */
final class PublicCodeSamples {

    static final String LONG_IT = """
            Ponti Sicuri raccoglie in tempo reale i dati dei sensori installati sui ponti della rete stradale \
            regionale (accelerometri, inclinometri, fessurimetri e stazioni meteo) e li confronta con le soglie \
            fissate dagli ingegneri strutturisti.

            Quando una misura esce dall'intervallo atteso, il sistema avvisa il gestore della strada e propone \
            un'ispezione; ogni ponte ha la sua scheda con lo storico delle misure, dei sopralluoghi e degli \
            interventi, consultabile anche da tablet in cantiere.

            È nato da un appalto pre-commerciale di Regione Lombardia ed è pensato per essere riusato da province, \
            città metropolitane e comuni che gestiscono opere d'arte stradali.""";

    static final String LONG_EN = """
            Ponti Sicuri collects real-time readings from the sensors installed on the bridges of the regional road \
            network (accelerometers, inclinometers, crack meters and weather stations) and compares them with the \
            thresholds set by structural engineers.

            When a reading leaves its expected range, the system alerts the road operator and proposes an \
            inspection; each bridge has its own record with the history of readings, inspections and works, which \
            can also be read on a tablet on site.

            It was born from a pre-commercial procurement of Regione Lombardia and is meant to be reused by \
            provinces, metropolitan cities and municipalities that manage road structures.""";

    private PublicCodeSamples() {
    }

    /** The record every test starts from. */
    static PublicCodeRecord bridges() {
        return draft().record();
    }

    static Draft draft() {
        return new Draft();
    }

    /** A record under construction: public fields, changed by the test, then {@link #record()}. */
    static final class Draft {
        String name = "Ponti Sicuri";
        String repositoryUrl = "https://github.com/regione-lombardia/ponti-sicuri.git";
        String landingUrl = "https://www.regione.lombardia.it/ponti-sicuri";
        String softwareVersion = "2.1.0";
        LocalDate releaseDate = LocalDate.of(2025, 3, 14);
        Owner owner = new Owner("Regione Lombardia", "r_lombar");
        Contractor contractor = new Contractor("Nuvola Civica S.r.l.", "https://www.nuvolacivica.it",
                LocalDate.of(2027, 6, 30));
        String licence = "EUPL-1.2";
        String mainCopyrightOwner = "Regione Lombardia";
        String repoOwner = "Regione Lombardia";
        List<String> platforms = List.of("web", "android");
        List<String> categories = List.of("data-analytics", "geographic-information-systems", "data-collection");
        DevelopmentStatus developmentStatus = DevelopmentStatus.STABLE;
        SoftwareType softwareType = SoftwareType.STANDALONE_WEB;
        Description italian = new Description("Ponti Sicuri",
                "Monitoraggio strutturale dei ponti con sensori, allarmi sulle soglie e piani d'ispezione.",
                LONG_IT, List.of("Letture dei sensori in tempo reale", "Allarmi quando una misura supera la soglia",
                        "Scheda di ogni ponte con lo storico di misure e interventi",
                        "Pianificazione delle ispezioni", "Consultazione da tablet in cantiere"));
        Description english = new Description("Safe Bridges",
                "Structural monitoring of bridges with sensors, threshold alerts and inspection plans.",
                LONG_EN, List.of("Real-time sensor readings", "Alerts when a reading crosses its threshold",
                        "A record for each bridge with the history of readings and works", "Inspection planning",
                        "Works on a tablet on site"));
        List<String> availableLanguages = List.of("it", "en");
        boolean localisationReady = true;
        List<String> adopters = List.of("Provincia di Brescia");

        PublicCodeRecord record() {
            return new PublicCodeRecord(name, repositoryUrl, landingUrl, softwareVersion, releaseDate, owner,
                    contractor, licence, mainCopyrightOwner, repoOwner, platforms, categories, developmentStatus,
                    softwareType, italian, english, availableLanguages, localisationReady, adopters);
        }
    }
}
