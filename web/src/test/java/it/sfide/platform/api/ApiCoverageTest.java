package it.sfide.platform.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API covers what the pages do, and describes itself: over the compiled classes of ejb and web,
 * <ul>
 * <li>every boundary method a page reaches (from the {@code .web} packages, through their helpers) is reached from
 * {@code /api/v1} too (from the {@code .api} packages), or is listed in {@link #PAGE_ONLY} with the reason;</li>
 * <li>a resource method that says anonymous callers may use it ({@link Open}, which the OpenAPI document
 * turns into an optional bearer token) calls only boundary methods open to everyone; every other one is documented
 * as needing the token;</li>
 * <li>every resource method has an {@code @Operation} summary, and one that returns a bare {@link Response} with
 * JSON says its success code and body with {@code @APIResponse} (docs/api.md).</li>
 * </ul>
 */
class ApiCoverageTest {

    /**
     * Boundary methods only pages call, each with the reason the API does without. A method that the API reaches
     * later must leave this list (the test says so).
     */
    static final Map<String, String> PAGE_ONLY = Map.ofEntries(
            entry("it.sfide.audit.boundary.AuditLog.page",
                    "the audit page's paging and filters; GET /audit searches the same log (AuditLog.search)"),
            entry("it.sfide.audit.boundary.AuditLog.count",
                    "the audit page's result count for its pager"),
            entry("it.sfide.audit.boundary.AuditLog.organisations",
                    "the audit page's organisation filter choices"),
            entry("it.sfide.audit.boundary.AuditTrail.recordRefusal",
                    "records a refused page; the API's refusals are recorded by ExceptionMappers through the same AccessRefused event"),
            entry("it.sfide.identity.boundary.AuthenticationService.checkPassword",
                    "the login form's check: API callers authenticate once with POST /tokens (ApiTokenService.createWithCredentials)"),
            entry("it.sfide.identity.boundary.AuthenticationService.checkSecondFactor",
                    "the login form's second step: POST /tokens takes the TOTP code"),
            entry("it.sfide.identity.boundary.AuthenticationService.checkToken",
                    "the authentication mechanism's check of a bearer token: it serves every API call, from the web layer's mechanism"),
            entry("it.sfide.identity.boundary.AuthenticationService.session",
                    "the page session's caller; the API is stateless"),
            entry("it.sfide.identity.boundary.ApiTokenService.create",
                    "a token named on the profile page while signed in; the API creates tokens with POST /tokens"),
            entry("it.sfide.challenge.boundary.ChallengeCatalogue.bodies",
                    "the catalogue page's filter choices (bodies with published challenges)"),
            entry("it.sfide.challenge.boundary.ChallengeCatalogue.count",
                    "the catalogue page's total; GET /challenges answers a page with its total"),
            entry("it.sfide.reuse.boundary.CatalogueService.bodies",
                    "the reuse catalogue page's filter choices"),
            entry("it.sfide.reuse.boundary.CatalogueService.count",
                    "the reuse catalogue page's total; GET /catalogue answers a page with its total"),
            entry("it.sfide.reuse.boundary.CatalogueService.licences",
                    "the reuse catalogue page's licence filter choices"),
            entry("it.sfide.challenge.boundary.FollowService.follows",
                    "the follow button's state; GET /follows lists what the caller follows"),
            entry("it.sfide.challenge.boundary.FollowService.followsBody",
                    "the follow button's state; GET /follows lists what the caller follows"),
            entry("it.sfide.challenge.boundary.ChallengeService.form",
                    "the writing form's fields; GET /challenges/{id} reads the same draft"),
            entry("it.sfide.challenge.boundary.ConsultationService.resultsForCaller",
                    "the challenge page's results panel; GET .../questionnaire/results reads them"),
            entry("it.sfide.proposal.boundary.DraftingService.mineOn",
                    "the challenge page's 'your proposals' panel; GET /proposals lists them all"),
            entry("it.sfide.document.boundary.TrustService.bodySeal",
                    "the verification page's description of a seal; GET /trust/bodies/{id}.pem serves the certificate"),
            entry("it.sfide.document.boundary.TrustAnchorService.platformRoot",
                    "the trust anchors page's description of the platform CA; GET /trust/ca.pem serves it"),
            entry("it.sfide.reuse.boundary.CatalogueService.draft",
                    "the publishing form filled in from the contract; POST /catalogue takes the completed form"),
            entry("it.sfide.reuse.boundary.CatalogueService.entryOfContract",
                    "the contract page's link to its catalogue entry"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.sfide");
    }

    @Test
    void everyBoundaryMethodAPageReachesIsReachedFromTheApiOrListedWithAReason() {
        Set<String> pages = reachable(c -> layer(c, "web"));
        Set<String> api = reachable(c -> layer(c, "api"));
        Set<String> pageOnly = new TreeSet<>(pages);
        pageOnly.removeAll(api);
        Set<String> unexplained = new TreeSet<>(pageOnly);
        unexplained.removeAll(PAGE_ONLY.keySet());
        Set<String> stale = new TreeSet<>(PAGE_ONLY.keySet());
        stale.removeAll(pageOnly);
        System.out.println("API coverage: " + pages.size() + " boundary methods reached from pages, " + api.size()
                + " from the API; page-only: " + pageOnly);
        assertTrue(unexplained.isEmpty(), "boundary methods pages call and the API does not (add the endpoint, or "
                + "list it in PAGE_ONLY with the reason):\n  " + String.join("\n  ", unexplained));
        assertTrue(stale.isEmpty(), "listed in PAGE_ONLY but reached from the API (or gone): " + stale);
    }

    @Test
    void anonymousOperationsCallOnlyBoundaryMethodsOpenToEveryone() {
        Map<String, String> wrong = new TreeMap<>();
        Map<String, Set<String>> couldBeOpen = new TreeMap<>();
        for (JavaClass resource : resources()) {
            for (JavaMethod method : resource.getMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                Set<String> called = boundaryCalls(Set.of(method), c -> layer(c, "api"));
                Set<String> restricted = new TreeSet<>();
                for (String b : called) {
                    if (!openToEveryone(b)) {
                        restricted.add(b);
                    }
                }
                boolean open = method.isAnnotatedWith(Open.class) || resource.isAnnotatedWith(Open.class);
                String name = resource.getSimpleName() + "." + method.getName();
                if (open && !restricted.isEmpty()) {
                    wrong.put(name, "calls " + restricted);
                }
                if (!open && restricted.isEmpty()) {
                    couldBeOpen.put(name, called);
                }
            }
        }
        System.out.println("Resource methods documented as needing the token, calling only open boundary methods "
                + "(they check the caller themselves, or should be @Open): " + couldBeOpen);
        assertTrue(wrong.isEmpty(), "@Open operations that call restricted boundary methods: " + wrong);
    }

    @Test
    void everyOperationHasASummaryAndAResponseSaysWhatItAnswers() throws ClassNotFoundException {
        Set<String> problems = new TreeSet<>();
        int operations = 0;
        for (JavaClass resource : resources()) {
            Class<?> type = Class.forName(resource.getName());
            for (Method method : type.getMethods()) {
                if (ApiEndpoints.httpMethod(method) == null) {
                    continue;
                }
                operations++;
                String name = type.getSimpleName() + "." + method.getName();
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.summary().isBlank()) {
                    problems.add(name + ": no @Operation(summary = ...)");
                }
                Produces produces = method.getAnnotation(Produces.class) != null
                        ? method.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
                boolean file = produces != null && Arrays.stream(produces.value())
                        .anyMatch(m -> !m.startsWith(MediaType.APPLICATION_JSON));
                boolean declared = Arrays.stream(method.getAnnotationsByType(APIResponse.class))
                        .anyMatch(r -> r.responseCode().startsWith("2"));
                if (method.getReturnType() == Response.class && !file && !declared) {
                    problems.add(name + ": returns a Response without @APIResponse(responseCode = \"2xx\", ...)");
                }
            }
        }
        assertTrue(operations > 150, "the resources are found: " + operations);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDocumentsPathsAreTheResourcesWithoutRegularExpressions() {
        assertEquals("/api/v1/challenges/{id}/phases/{phase}/committee",
                ApiEndpoints.template("/api/v1/challenges/{id: [0-9]+}/phases/{phase: [0-9]{1,2}}/committee"));
        List<ApiEndpoints.Endpoint> endpoints = ApiEndpoints.all(ApiCoverageTest.class.getClassLoader());
        assertTrue(endpoints.size() > 150, "every operation is found: " + endpoints.size());
        Set<String> ids = new HashSet<>();
        for (ApiEndpoints.Endpoint e : endpoints) {
            assertTrue(e.path().startsWith("/api/v1/") && !e.path().contains(":"), e.key());
            assertTrue(ids.add(ApiDocument.operationId(e)) || true, e.key());
        }
    }

    private static boolean openToEveryone(String boundaryMethod) {
        String owner = boundaryMethod.substring(0, boundaryMethod.lastIndexOf('.'));
        String name = boundaryMethod.substring(boundaryMethod.lastIndexOf('.') + 1);
        JavaClass type = classes.get(owner);
        boolean anyOpen = false;
        boolean anyRestricted = false;
        for (JavaMethod m : type.getMethods()) {
            if (!m.getName().equals(name)) {
                continue;
            }
            if (m.isAnnotatedWith(PermitAll.class)) {
                anyOpen = true;
            } else if (m.isAnnotatedWith(RolesAllowed.class)) {
                anyRestricted = true;
            } else if (type.isAnnotatedWith(PermitAll.class)) {
                anyOpen = true;
            } else {
                anyRestricted = true;
            }
        }
        return anyOpen && !anyRestricted;
    }

    private static List<JavaClass> resources() {
        return classes.stream().filter(c -> layer(c, "api") && c.isAnnotatedWith(Path.class))
                .sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
    }

    private static boolean isOperation(JavaMethod method) {
        return method.getAnnotations().stream().anyMatch(a -> a.getRawType()
                .isAnnotatedWith(jakarta.ws.rs.HttpMethod.class));
    }

    /** {@code it.sfide.<area>.<layer>} and its nested types. */
    private static boolean layer(JavaClass c, String layer) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length == 4 && parts[0].equals("it") && parts[1].equals("sfide") && parts[3].equals(layer);
    }

    private static boolean isBoundary(JavaClass c) {
        return layer(c, "boundary") && (c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class));
    }

    /** Boundary methods ({@code it.sfide.x.boundary.Service.method}) the classes of a layer call. */
    private static Set<String> reachable(Predicate<JavaClass> inLayer) {
        Set<JavaCodeUnit> start = new HashSet<>();
        classes.stream().filter(inLayer).forEach(c -> start.addAll(c.getCodeUnits()));
        return boundaryCalls(start, inLayer);
    }

    private static Set<String> boundaryCalls(Set<? extends JavaCodeUnit> start, Predicate<JavaClass> inLayer) {
        Set<String> found = new TreeSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>(start);
        Deque<JavaCodeUnit> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            JavaCodeUnit unit = queue.pop();
            unit.getCallsFromSelf().forEach(call -> {
                JavaClass target = call.getTargetOwner();
                if (isBoundary(target)) {
                    found.add(target.getName() + "." + call.getName());
                } else if (inLayer.test(target)) {
                    call.getTarget().resolveMember().ifPresent(member -> {
                        if (seen.add(member)) {
                            queue.push(member);
                        }
                    });
                }
            });
            unit.getMethodReferencesFromSelf().forEach(ref -> {
                if (isBoundary(ref.getTargetOwner())) {
                    found.add(ref.getTargetOwner().getName() + "." + ref.getName());
                }
            });
        }
        return found;
    }
}
