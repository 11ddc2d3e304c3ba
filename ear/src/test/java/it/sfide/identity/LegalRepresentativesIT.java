package it.sfide.identity;

import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.LegalRepresentativeView;
import it.sfide.testing.Api;
import it.sfide.testing.Api.Reply;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static it.sfide.testing.JsfForms.enc;
import static it.sfide.testing.JsfForms.get;
import static it.sfide.testing.JsfForms.signedIn;
import static it.sfide.testing.JsfForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara, through the API: the manager of a newly registered organisation records, corrects and
 * removes its legal representatives; a colleague who is not the manager reads them and changes nothing; another
 * organisation's manager is refused; bad and duplicate identifiers are answered on their field; every act is audited.
 * And what the contract area asks of the directory: the representatives of an organisation, whether an account is
 * one of them, the demo organisations' own. The organisation page's section, through its forms as a browser posts
 * them: the manager adds (a wrong code shown on its field), corrects and removes; a colleague only reads.
 */
@ExtendWith(ArquillianExtension.class)
class LegalRepresentativesIT {

    private static final String PASSWORD = "Castagno-scuro-2026!";
    private static final Pattern INVITATION = Pattern.compile("/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(LegalRepresentativesIT.class);
    }

    @Inject
    Directory directory;

    private final Api api = new Api();

    @Test
    void theManagerRecordsCorrectsAndRemovesLegalRepresentativesAndMembersOnlyRead() {
        String suffix = TestData.unique();
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(202, api.post("/api/v1/registrations", null, TestData.operatorRegistration(suffix,
                "fondatrice." + suffix + "@example.org").toString()).status());
        String manager = api.token("founder" + suffix, TestData.PASSWORD);
        long organisation = api.organisationOf(manager);
        String colleague = colleague(manager, organisation, suffix, admin);
        long colleagueId = api.get("/api/v1/me", colleague).json().getJsonNumber("id").longValue();
        String base = "/api/v1/organisations/" + organisation + "/legal-representatives";

        assertEquals(0, api.get(base, colleague).array().size(), "none yet");

        // an Italian tax code typed in lower case with spaces, the colleague's account linked
        Reply added = api.post(base, manager, form("Mario", "Rossi", " rssmra 85t10 a562s ", null, null,
                "Amministratore unico").add("accountId", colleagueId).build().toString());
        assertEquals(201, added.status(), added.body());
        JsonObject rossi = added.json();
        long rossiId = rossi.getJsonNumber("id").longValue();
        assertEquals("RSSMRA85T10A562S", rossi.getString("taxCode"), "upper case, no spaces");
        assertEquals("Mario", rossi.getString("givenName"));
        assertEquals("Rossi", rossi.getString("familyName"));
        assertEquals(organisation, rossi.getJsonNumber("organisationId").longValue());
        assertEquals(colleagueId, rossi.getJsonNumber("accountId").longValue());
        assertEquals("Collega " + suffix, rossi.getString("accountName"));
        assertEquals("Fondatrice " + suffix, rossi.getString("addedBy"));
        assertNotNull(Instant.parse(rossi.getString("addedAt")));
        assertTrue(rossi.isNull("changedAt"));

        // a foreign representative without an Italian code: an identifier of their country
        Reply foreign = api.post(base, manager, form("Anne", "Dupont", null, "fr", "12ab 34567", "Gérante").build()
                .toString());
        assertEquals(201, foreign.status(), foreign.body());
        long dupontId = foreign.json().getJsonNumber("id").longValue();
        assertTrue(foreign.json().isNull("taxCode"));
        assertEquals("FR", foreign.json().getString("foreignCountry"));
        assertEquals("12AB34567", foreign.json().getString("foreignId"));

        // a member who is not the manager reads, by surname, and changes nothing
        List<String> read = api.get(base, colleague).array().stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("familyName")).toList();
        assertEquals(List.of("Dupont", "Rossi"), read);
        assertEquals(200, api.get(base + "/" + rossiId, colleague).status());
        for (Reply refused : List.of(
                api.post(base, colleague, form("Carla", "Neri", "NRECRL80A41F205X", null, null, "Socia").build()
                        .toString()),
                api.put(base + "/" + rossiId, colleague, form("Mario", "Rossi", "RSSMRA85T10A562S", null, null,
                        "Presidente").build().toString()),
                api.delete(base + "/" + rossiId, colleague))) {
            assertEquals(403, refused.status(), refused.body());
            assertEquals("error.forbidden", refused.json().getString("code"));
        }

        // a bad tax code, on its field, in the caller's language; every problem at once
        Reply wrongCheck = api.inLanguage("en").post(base, manager, form("Carla", "Neri", "RSSMRA85T10A562T", null,
                null, "Socia").build().toString());
        assertEquals(422, wrongCheck.status(), wrongCheck.body());
        assertEquals(Map.of("taxCode", "error.legalRep.taxCode.check"), fields(wrongCheck));
        assertTrue(wrongCheck.json().getJsonArray("fields").getJsonObject(0).getString("message")
                .startsWith("The last (check) character"), wrongCheck.body());
        Reply empty = api.post(base, manager, "{}");
        assertEquals(422, empty.status(), empty.body());
        assertEquals(Map.of("givenName", "error.required", "familyName", "error.required",
                "taxCode", "error.legalRep.identifier.required", "title", "error.required"), fields(empty));
        Reply company = api.post(base, manager, form("Carla", "Neri", "80050050154", null, null, "Socia").build()
                .toString());
        assertEquals(Map.of("taxCode", "error.legalRep.taxCode.format"), fields(company));
        assertEquals(400, api.post(base, manager, "").status(), "no body");
        assertEquals(400, api.post(base, manager, "{\"accountId\":\"x\"}").status(), "not a number");

        // the same person twice, an account twice, an account of another organisation
        Reply twice = api.post(base, manager, form("Mario", "Rossi", "rssmra85t10a562s", null, null, "Socio")
                .build().toString());
        assertEquals(422, twice.status(), twice.body());
        assertEquals(Map.of("taxCode", "error.legalRep.taxCode.taken"), fields(twice));
        Reply foreignTwice = api.post(base, manager, form("Anne", "Dupont", null, "FR", "12AB34567", "Gérante")
                .build().toString());
        assertEquals(Map.of("foreignId", "error.legalRep.foreignId.taken"), fields(foreignTwice));
        String carla = PersonalTaxCode.of("Neri", "Carla", LocalDate.of(1980, 1, 1), true, "F205");
        Reply accountTwice = api.post(base, manager, form("Carla", "Neri", carla, null, null, "Socia")
                .add("accountId", colleagueId).build().toString());
        assertEquals(Map.of("accountId", "error.legalRep.account.taken"), fields(accountTwice));
        long operator1 = api.get("/api/v1/me", api.token("operator1", Api.DEMO_PASSWORD)).json()
                .getJsonNumber("id").longValue();
        Reply stranger = api.post(base, manager, form("Carla", "Neri", carla, null, null, "Socia")
                .add("accountId", operator1).build().toString());
        assertEquals(Map.of("accountId", "error.legalRep.account.notMember"), fields(stranger));

        // what the contract area reads
        List<LegalRepresentativeView> listed = directory.legalRepresentatives(organisation);
        assertEquals(List.of("Dupont", "Rossi"), listed.stream().map(LegalRepresentativeView::familyName).toList());
        LegalRepresentativeView mario = listed.get(1);
        assertEquals(colleagueId, mario.accountId());
        assertTrue(mario.identifiedBy("TINIT-RSSMRA85T10A562S") && mario.named("ROSSI MARIO"));
        assertTrue(listed.get(0).identifiedBy("PASFR-12AB34567") && listed.get(0).accountId() == null);
        assertTrue(directory.isLegalRepresentative(organisation, colleagueId));
        long founderId = api.get("/api/v1/me", manager).json().getJsonNumber("id").longValue();
        assertFalse(directory.isLegalRepresentative(organisation, founderId), "the manager is not one");

        // corrected: another office, the account unlinked
        Reply corrected = api.put(base + "/" + rossiId, manager, form("Mario", "Rossi", "RSSMRA85T10A562S", null,
                null, "Presidente").build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Presidente", corrected.json().getString("title"));
        assertTrue(corrected.json().isNull("accountId"));
        assertEquals("Fondatrice " + suffix, corrected.json().getString("changedBy"));
        assertNotNull(Instant.parse(corrected.json().getString("changedAt")));
        assertEquals("Presidente", api.get(base + "/" + rossiId, colleague).json().getString("title"));
        assertFalse(directory.isLegalRepresentative(organisation, colleagueId));
        Reply keepsOwnCode = api.put(base + "/" + dupontId, manager, form("Anne", "Dupont", null, "FR", "12AB34567",
                "Gérante unique").build().toString());
        assertEquals(200, keepsOwnCode.status(), "its own identifier is no duplicate: " + keepsOwnCode.body());

        // removed, once
        assertEquals(204, api.delete(base + "/" + dupontId, manager).status());
        Reply gone = api.delete(base + "/" + dupontId, manager);
        assertEquals(404, gone.status(), gone.body());
        assertEquals("error.legalRep.notFound", gone.json().getString("code"));
        assertEquals(List.of("Rossi"), directory.legalRepresentatives(organisation).stream()
                .map(LegalRepresentativeView::familyName).toList());

        // audited: the acts done, the colleague's attempt refused
        assertTrue(audit(admin, "founder" + suffix, "legalRepresentative.add", "DONE").contains("\"organisation\""));
        assertFalse(audit(admin, "founder" + suffix, "legalRepresentative.update", "DONE").equals("[]"));
        assertFalse(audit(admin, "founder" + suffix, "legalRepresentative.remove", "DONE").equals("[]"));
        assertFalse(audit(admin, "colleague" + suffix, "legalRepresentative.add", "REFUSED").equals("[]"));
    }

    @Test
    void anotherOrganisationIsRefusedAsAMissingOneIs() {
        String suffix = TestData.unique();
        assertEquals(202, api.post("/api/v1/registrations", null, TestData.operatorRegistration(suffix,
                "fondatrice." + suffix + "@example.org").toString()).status());
        String manager = api.token("founder" + suffix, TestData.PASSWORD);
        long organisation = api.organisationOf(manager);
        String base = "/api/v1/organisations/" + organisation + "/legal-representatives";
        long id = api.post(base, manager, form("Luisa", "Verdi", PersonalTaxCode.of("Verdi", "Luisa",
                LocalDate.of(1980, 1, 1), true, "F205"), null, null, "Socia").build().toString())
                .json().getJsonNumber("id").longValue();

        String operator1 = api.token("operator1", Api.DEMO_PASSWORD);
        long startup = api.organisationOf(operator1);
        String body = form("Luisa", "Verdi", "RSSMRA85T10A562S", null, null, "Socia").build().toString();
        // the organisation of another: refused as a missing organisation is (403, as for its members)
        for (String path : List.of(base, base + "/" + id)) {
            Reply other = api.get(path, operator1);
            Reply missing = api.get(path.replace("/" + organisation + "/", "/987654321/"), operator1);
            assertEquals(403, other.status(), other.body());
            assertEquals(other.body(), missing.body());
        }
        assertEquals(403, api.post(base, operator1, body).status());
        assertEquals(403, api.put(base + "/" + id, operator1, body).status());
        assertEquals(403, api.delete(base + "/" + id, operator1).status());
        // another organisation's representative under one's own: the same 404 as none
        String mine = "/api/v1/organisations/" + startup + "/legal-representatives/";
        for (String method : List.of("GET", "PUT", "DELETE")) {
            var theirs = api.exchange(method, mine + id, operator1, method.equals("PUT") ? body : null);
            var none = api.exchange(method, mine + 987654321, operator1, method.equals("PUT") ? body : null);
            assertEquals(404, theirs.statusCode(), method + " " + theirs.body());
            assertEquals(none.body(), theirs.body(), method);
        }
        assertEquals(1, api.get(base, manager).array().size(), "untouched");
        // an admin reads any organisation's, and changes none
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(200, api.get(base, admin).status());
        assertEquals(403, api.delete(base + "/" + id, admin).status());
        assertEquals(404, api.get("/api/v1/organisations/987654321/legal-representatives", admin).status());
    }

    @Test
    void everyDemoOrganisationHasALegalRepresentativeAndTheDemoManagersAreTheirs() {
        Map<String, String> codes = Map.of(
                "operator1", "FRRLCU80A01F205N", "operator2", "RCCLNE80A41F205T", "operator3", "GRCPLA80A01F205V",
                "buyer1", "BNCGLI80A41F205F", "buyer3", "CLMFNC80A41F205E");
        for (var demo : codes.entrySet()) {
            String token = api.token(demo.getKey(), Api.DEMO_PASSWORD);
            JsonObject me = api.get("/api/v1/me", token).json();
            long account = me.getJsonNumber("id").longValue();
            long organisation = me.getJsonObject("organisation").getJsonNumber("id").longValue();
            assertTrue(directory.isLegalRepresentative(organisation, account), demo.getKey());
            LegalRepresentativeView representative = directory.legalRepresentatives(organisation).stream()
                    .filter(r -> Long.valueOf(account).equals(r.accountId())).findFirst().orElseThrow();
            assertEquals(demo.getValue(), representative.taxCode(), demo.getKey());
            assertTrue(representative.named(me.getString("fullName")), demo.getKey());
            assertTrue(PersonalTaxCode.isValid(representative.taxCode()));
            assertEquals(200, api.get("/api/v1/organisations/" + organisation + "/legal-representatives", token)
                    .status());
        }
        long buyer2 = api.get("/api/v1/me", api.token("buyer2", Api.DEMO_PASSWORD)).json().getJsonNumber("id")
                .longValue();
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        assertFalse(directory.isLegalRepresentative(api.organisationOf(buyer1), buyer2), "an officer, not one");
        long agid = directory.publicBodies().stream().filter(b -> b.name().startsWith("Agenzia per l'Italia"))
                .findFirst().orElseThrow().id();
        List<LegalRepresentativeView> agids = directory.legalRepresentatives(agid);
        assertEquals(1, agids.size(), "a body without accounts has one too");
        assertEquals("FNTNDR80A01H501N", agids.get(0).taxCode());
    }

    @Test
    void theManagerKeepsTheListOnTheOrganisationPageAndColleaguesOnlyReadIt() throws Exception {
        String suffix = TestData.unique();
        assertEquals(202, api.post("/api/v1/registrations", null, TestData.operatorRegistration(suffix,
                "fondatrice." + suffix + "@example.org").toString()).status());
        HttpClient manager = signedIn("founder" + suffix, TestData.PASSWORD);
        String page = get(manager, "/organisation/index.xhtml").body();
        assertTrue(page.contains("id=\"legal-reps-none\"") && page.contains("<form id=\"legalRep\""), page);

        String code = PersonalTaxCode.of("Esposito", "Giovanni", LocalDate.of(1980, 1, 1), false, "F839");
        String wrong = code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A');
        HttpResponse<String> refused = submit(manager, page, "legalRep", fields("Giovanni", "Esposito", wrong,
                "Amministratore unico"));
        assertEquals(200, refused.statusCode(), "the same page again");
        String again = refused.body();
        int field = again.indexOf("id=\"legalRep:taxCode\"");
        int message = again.indexOf("(di controllo) non corrisponde");
        assertTrue(field > 0 && message > field && message < again.indexOf("id=\"legalRep:foreignCountry\""),
                "the message next to the tax code: " + again);
        assertTrue(again.contains("value=\"Giovanni\""), "what was typed is kept");

        HttpResponse<String> saved = submit(manager, again, "legalRep", fields("Giovanni", "Esposito",
                code.toLowerCase(java.util.Locale.ROOT), "Amministratore unico"));
        assertEquals(302, saved.statusCode(), saved.body());
        page = get(manager, "/organisation/index.xhtml").body();
        assertTrue(page.contains("Legale rappresentante salvato: Giovanni Esposito."), page);
        assertTrue(page.contains("<code>" + code + "</code>"), "upper case in the list");
        Matcher edit = Pattern.compile("index\\.xhtml\\?edit=(\\d+)#legal-rep-form").matcher(page);
        assertTrue(edit.find(), "an edit link per row");

        String editing = get(manager, "/organisation/index.xhtml?edit=" + edit.group(1)).body();
        assertTrue(editing.contains("Modifica di Giovanni Esposito") && editing.contains("value=\"" + code + "\""),
                "the form filled in: " + editing);
        assertEquals(302, submit(manager, editing, "legalRep", fields("Giovanni", "Esposito", code, "Presidente"))
                .statusCode());
        page = get(manager, "/organisation/index.xhtml").body();
        assertTrue(page.contains("Presidente") && page.contains("modificato da Fondatrice " + suffix), page);
        assertEquals(1, directory.legalRepresentatives(api.organisationOf(api.token("founder" + suffix,
                TestData.PASSWORD))).size(), "corrected, not added");

        Matcher remove = Pattern.compile("name=\"(legalReps:list:0:remove)\"").matcher(page);
        assertTrue(remove.find(), "a remove button per row");
        assertTrue(page.contains("data-confirm=\"Rimuovere Giovanni Esposito dai legali rappresentanti?"),
                "asks before removing");
        assertEquals(302, submit(manager, page, "legalReps", "legalReps=legalReps&" + enc(remove.group(1))
                + "=Rimuovi").statusCode());
        page = get(manager, "/organisation/index.xhtml").body();
        assertTrue(page.contains("Legale rappresentante rimosso: Giovanni Esposito.") && page.contains(
                "id=\"legal-reps-none\""), page);

        // an officer who is not the manager reads the list, with no form, link or button to change it
        String colleague = get(signedIn("buyer2", Api.DEMO_PASSWORD), "/organisation/index.xhtml").body();
        assertTrue(colleague.contains("BNCGLI80A41F205F") && colleague.contains("Giulia Bianchi"), colleague);
        assertFalse(colleague.contains("<form id=\"legalRep\"") || colleague.contains("?edit=")
                || colleague.contains(":remove\""), "nothing to change");
    }

    /** A colleague invited by the manager who joins with the link from the outbox: their token. */
    private String colleague(String manager, long organisation, String suffix, String admin) {
        String email = "collega." + suffix + "@example.org";
        Reply invited = api.post("/api/v1/organisations/" + organisation + "/invitations", manager,
                Json.createObjectBuilder().add("email", email).build().toString());
        assertEquals(201, invited.status(), invited.body());
        Reply outbox = api.get("/api/v1/admin/outbox?max=5&recipient=" + URLEncoder.encode(email,
                StandardCharsets.UTF_8), admin);
        Matcher link = INVITATION.matcher(outbox.array().getJsonObject(0).getString("body"));
        assertTrue(link.find(), outbox.body());
        Reply joined = api.post("/api/v1/invitations/" + link.group(1) + "/acceptance", null, Json
                .createObjectBuilder().add("fullName", "Collega " + suffix).add("username", "colleague" + suffix)
                .add("password", PASSWORD).add("locale", "it").build().toString());
        assertEquals(201, joined.status(), joined.body());
        return api.token("colleague" + suffix, PASSWORD);
    }

    private static JsonObjectBuilder form(String givenName, String familyName, String taxCode, String country,
            String foreignId, String title) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("givenName", givenName).add("familyName", familyName)
                .add("title", title);
        if (taxCode != null) {
            form.add("taxCode", taxCode);
        }
        if (country != null) {
            form.add("foreignCountry", country).add("foreignId", foreignId);
        }
        return form;
    }

    /** The problems of a 422, field → code. */
    private static Map<String, String> fields(Reply reply) {
        assertEquals(422, reply.status(), reply.body());
        return reply.json().getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("code")));
    }

    private String audit(String admin, String actor, String action, String outcome) {
        Reply records = api.get("/api/v1/audit?actor=" + actor + "&action=" + action + "&outcome=" + outcome
                + "&max=5", admin);
        assertEquals(200, records.status(), records.body());
        return records.body();
    }

    /** The fields of the page's form, with no foreign identifier and no account. */
    private static String fields(String givenName, String familyName, String taxCode, String title) {
        return "legalRep=legalRep&legalRep%3AgivenName=" + enc(givenName) + "&legalRep%3AfamilyName="
                + enc(familyName) + "&legalRep%3Atitle=" + enc(title) + "&legalRep%3AtaxCode=" + enc(taxCode)
                + "&legalRep%3AforeignCountry=&legalRep%3AforeignId=&legalRep%3AaccountId=&legalRep%3Asave=";
    }
}
