package it.sfide.reuse;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The closed lists of the publiccode.yml standard (core 0.4) that the reuse catalogue's form offers, its entries
 * ({@link CatalogueEntry}, through {@link EntryDetails}) keep to and the generator's {@code PublicCodeRecord} checks:
 * software categories, the predefined platforms, software types, development statuses and the licences Sfide
 * accepts.
 */
public final class PublicCodeVocabulary {

    private PublicCodeVocabulary() {
    }

    /**
     * The controlled vocabulary of {@code categories} ("List of software categories" of the standard), as the
     * reference parser of the 0.4 line accepts it, in the standard's order.
     */
    public static final Set<String> CATEGORIES = ordered(
            "accounting", "agile-project-management", "applicant-tracking", "application-development",
            "appointment-scheduling", "backup", "billing-and-invoicing", "blog", "budgeting",
            "business-intelligence", "business-process-management", "cad", "call-center-management",
            "cloud-management", "collaboration", "communications", "compliance-management", "contact-management",
            "content-management", "crm", "customer-service-and-support", "data-analytics", "data-collection",
            "data-visualization", "digital-asset-management", "digital-citizenship", "document-management",
            "donor-management", "e-commerce", "e-signature", "email-management", "email-marketing",
            "employee-management", "enterprise-project-management", "enterprise-social-networking", "erp",
            "event-management", "facility-management", "feedback-and-reviews-management", "financial-reporting",
            "fleet-management", "fundraising", "gamification", "geographic-information-systems",
            "grant-management", "graphic-design", "help-desk", "hr", "ide", "identity-management",
            "instant-messaging", "inventory-management", "it-asset-management", "it-development",
            "it-management", "it-security", "it-service-management", "knowledge-management",
            "learning-management-system", "marketing", "mind-mapping", "mobile-marketing", "mobile-payment",
            "network-management", "office", "online-booking", "online-community", "payment-gateway", "payroll",
            "predictive-analysis", "procurement", "productivity-suite", "project-collaboration",
            "project-management", "property-management", "real-estate-management", "remote-support",
            "resource-management", "sales-management", "seo", "service-desk", "social-media-management",
            "survey", "talent-management", "task-management", "taxes-management", "test-management",
            "time-management", "time-tracking", "translation", "video-conferencing", "video-editing",
            "visitor-management", "voip", "warehouse-management", "web-collaboration", "web-conferencing",
            "website-builder", "workflow-management");

    /**
     * The platforms the standard predefines for {@code platforms}. The standard allows other human-readable
     * values; a form should offer these first.
     */
    public static final Set<String> PLATFORMS = ordered("web", "windows", "mac", "linux", "ios", "android");

    /**
     * The values of {@code softwareType}, as written in the file (the generator's {@code PublicCodeRecord.SoftwareType}
     * codes; {@code PublicCodeVocabularyTest} holds the two together).
     */
    public static final Set<String> SOFTWARE_TYPES = ordered("standalone/mobile", "standalone/iot",
            "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library",
            "configurationFiles");

    /** The values of {@code developmentStatus}, as written in the file (likewise held together with the generator). */
    public static final Set<String> DEVELOPMENT_STATUSES = ordered("concept", "development", "beta", "stable",
            "obsolete");

    /**
     * The licences a solution in the reuse catalogue may carry: every SPDX licence identifier that is approved by
     * the Open Source Initiative and not deprecated by SPDX (the standard asks for an SPDX expression of
     * open-source licences). {@code PublicCodeVocabularyTest} rebuilds this set from the SPDX data vendored in the
     * tests, so it cannot drift from it unnoticed.
     */
    public static final Set<String> LICENCES = ordered(
            "0BSD", "AAL", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0", "AGPL-3.0-only",
            "AGPL-3.0-or-later", "ALGLIB-Documentation", "Apache-1.1", "Apache-2.0", "APL-1.0", "APSL-1.0",
            "APSL-1.1", "APSL-1.2", "APSL-2.0", "Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl",
            "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent",
            "BSD-3-Clause", "BSD-3-Clause-LBNL", "BSD-3-Clause-Open-MPI", "BSL-1.0", "CAL-1.0",
            "CAL-1.0-Combined-Work-Exception", "CATOSL-1.1", "CDDL-1.0", "CECILL-2.1", "CERN-OHL-P-2.0",
            "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CNRI-Python", "CPAL-1.0", "CPL-1.0", "CUA-OPL-1.0", "ECL-1.0",
            "ECL-2.0", "EFL-1.0", "EFL-2.0", "Entessa", "EPL-1.0", "EPL-2.0", "EUDatagrid", "EUPL-1.1",
            "EUPL-1.2", "Fair", "Frameworx-1.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
            "GPL-3.0-or-later", "HPND", "ICU", "Intel", "IPA", "IPL-1.0", "ISC", "Jam", "LGPL-2.0-only",
            "LGPL-2.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
            "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "LPL-1.0", "LPL-1.02", "LPPL-1.3c", "MirOS", "MIT",
            "MIT-0", "MIT-Modern-Variant", "Motosoto", "MPL-1.0", "MPL-1.1", "MPL-2.0",
            "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0", "Multics", "NASA-1.3", "Naumen",
            "NCSA", "NGPL", "Nokia", "NPOSL-3.0", "NTP", "OCLC-2.0", "OFL-1.1", "OFL-1.1-no-RFN", "OFL-1.1-RFN",
            "OGTSL", "OLDAP-2.8", "OLFL-1.3", "OSC-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-2.0", "OSL-2.1",
            "OSL-3.0", "PHP-3.0", "PHP-3.01", "PostgreSQL", "Python-2.0", "QPL-1.0", "RPL-1.1", "RPL-1.5",
            "RPSL-1.0", "RSCPL", "SimPL-2.0", "SISSL", "Sleepycat", "SPL-1.0", "UCL-1.0", "Unicode-3.0",
            "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "VSL-1.0", "W3C", "W3C-20150513", "Watcom-1.0",
            "WordNet", "Xnet", "Zlib", "ZPL-2.0", "ZPL-2.1");

    /**
     * Whether {@code expression} is one licence of {@link #LICENCES}, or several joined by {@code " OR "} (the
     * user chooses) or {@code " AND "} (all apply). Identifiers are matched exactly, in SPDX's own spelling;
     * parentheses and {@code WITH} exceptions are not accepted.
     */
    public static boolean isLicenceExpression(String expression) {
        if (expression == null || expression.isEmpty()) {
            return false;
        }
        for (String term : expression.split(" (?:OR|AND) ", -1)) {
            if (!LICENCES.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> ordered(String... values) {
        Set<String> set = new LinkedHashSet<>(List.of(values));
        if (set.size() != values.length) {
            throw new IllegalStateException("duplicate in a vocabulary");
        }
        return Collections.unmodifiableSet(set);
    }
}
