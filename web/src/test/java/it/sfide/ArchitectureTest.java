package it.sfide;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape docs/architecture.md promises, checked over the compiled classes of domain, ejb and web (tests
 * excluded). A class is placed by its package: {@code it.sfide.<area>} is the domain, {@code .boundary},
 * {@code .control} and {@code .spi} the EJB layer, {@code .web} and {@code .api} the web layer. An area that is
 * not declared in {@link #MAY_USE} fails the build the day its first class lands, until someone says what it may
 * call. When a rule fails, the design needs a boundary method (or a port the called area implements), not an
 * exception here.
 */
class ArchitectureTest {

    /** The ground floor and the shared kernel: every area may use them; they use no area. */
    private static final Set<String> FOUNDATION = Set.of("shared", "platform");

    /** Called by (almost) every area: who acts (identity), what is signed (document), what is recorded (audit). */
    private static final Set<String> BASE = Set.of("shared", "platform", "audit", "document", "identity");

    /**
     * Each area and the other areas it may use (besides itself). Everything not listed is forbidden, so no area
     * may use {@code demo} or {@code opendata}, which sit on top.
     */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("shared", Set.of());
        MAY_USE.put("platform", Set.of("shared"));
        MAY_USE.put("audit", FOUNDATION);
        MAY_USE.put("document", with(FOUNDATION, "audit"));
        MAY_USE.put("identity", with(FOUNDATION, "audit", "document"));
        MAY_USE.put("challenge", BASE);
        MAY_USE.put("community", with(BASE, "challenge"));
        MAY_USE.put("proposal", with(BASE, "challenge"));
        MAY_USE.put("evaluation", with(BASE, "proposal", "challenge"));
        MAY_USE.put("contract", with(BASE, "evaluation", "proposal", "challenge"));
        // the reuse catalogue, should it leave the contract area
        MAY_USE.put("reuse", with(BASE, "contract", "evaluation", "proposal", "challenge"));
        // every role's home: gathers each area's agenda through the shared port, knows no area itself
        MAY_USE.put("dashboard", BASE);
        // open data publishes every area, through their boundaries only (see controlIsPrivateToItsArea)
        MAY_USE.put("opendata", with(BASE, "challenge", "community", "proposal", "evaluation", "contract", "reuse"));
        // the demo dataset sits above everything and may seed any area, through its control classes too
        MAY_USE.put("demo", with(BASE, "challenge", "community", "proposal", "evaluation", "contract", "reuse",
                "opendata", "dashboard"));
    }

    /** The sub-packages of an area that belong to the EJB layer and to the web layer. */
    private static final Set<String> EJB_LAYERS = Set.of("boundary", "control", "spi");
    private static final Set<String> WEB_LAYERS = Set.of("web", "api");

    private static JavaClasses sfide;

    @BeforeAll
    static void importClasses() {
        sfide = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.sfide");
        // a classpath problem must not make every rule pass vacuously
        assertTrue(sfide.contain("it.sfide.shared.SfideException"), "domain classes imported");
        assertTrue(sfide.contain("it.sfide.proposal.boundary.SubmissionService"), "ejb classes imported");
        assertTrue(sfide.contain("it.sfide.platform.web.Messages"), "web classes imported");
    }

    @Test
    void everyClassLivesInADeclaredAreaAndLayer() {
        classes().should(new ArchCondition<>("live in a declared area (ArchitectureTest.MAY_USE) and a known layer "
                + "package: it.sfide.<area>[.boundary|.control|.spi|.web|.api]") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String area = area(c.getPackageName());
                boolean known = MAY_USE.containsKey(area) && layer(c.getPackageName()) != null;
                events.add(new SimpleConditionEvent(c, known, c.getName() + " is in package " + c.getPackageName()));
            }
        }).check(sfide);
    }

    @Test
    void controlIsPrivateToItsArea() {
        dependencies("not use another area's control package (call its boundary instead)", (from, to) ->
                !to.getPackageName().matches("it\\.sfide\\.[a-z]+\\.control(\\..*)?")
                        || area(to.getPackageName()).equals(area(from.getPackageName()))
                        || area(from.getPackageName()).equals("demo")).check(sfide);
    }

    @Test
    void onlyTheEvaluationReadsOpenedProposalsForItsEvaluators() {
        dependencies("use proposal.boundary.OpenedProposals only from the evaluation area, which decides who may read",
                (from, to) -> !to.getName().equals("it.sfide.proposal.boundary.OpenedProposals")
                        || area(from.getPackageName()).equals("evaluation")
                        || from.getName().startsWith("it.sfide.proposal.boundary.OpenedProposals"))
                .check(sfide);
    }

    @Test
    void webUsesNoControl() {
        dependencies("not use any control package from the web layer (pages and API call boundaries)", (from, to) ->
                !Layer.WEB.equals(layer(from.getPackageName())) || !Layer.CONTROL.equals(layer(to.getPackageName())))
                .check(sfide);
    }

    @Test
    void layersRunOneWayWebEjbDomain() {
        dependencies("respect web -> ejb -> domain (the domain uses neither ejb nor web; ejb does not use web)",
                (from, to) -> {
                    Layer user = layer(from.getPackageName());
                    Layer used = layer(to.getPackageName());
                    return user == null || used == null || user.rank >= used.rank; // unknown: the first rule says
                }).check(sfide);
    }

    @Test
    void platformUsesNoBusinessArea() {
        dependencies("not use a business area from platform (the ground floor)", (from, to) ->
                !area(from.getPackageName()).equals("platform") || FOUNDATION.contains(area(to.getPackageName())))
                .check(sfide);
    }

    @Test
    void areasUseOnlyTheAreasTheyMay() {
        dependencies("use only the areas its own area may use (ArchitectureTest.MAY_USE)", (from, to) -> {
            String a = area(from.getPackageName());
            String b = area(to.getPackageName());
            return a.equals(b) || MAY_USE.getOrDefault(a, Set.of()).contains(b);
        }).check(sfide);
    }

    @Test
    void areasHaveNoCycles() {
        slices().matching("it.sfide.(*)..").should().beFreeOfCycles().check(sfide);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        Set<String> clocks = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
                "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.Year",
                "java.time.YearMonth");
        classes().that().doNotHaveFullyQualifiedName("it.sfide.platform.PlatformClock")
                .should(new ArchCondition<>("read time only from the injected Clock (never now() or the system clock)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                            String owner = call.getTargetOwner().getName();
                            String name = call.getName();
                            boolean wallClock = clocks.contains(owner) && name.equals("now")
                                    || owner.equals("java.time.Clock") && name.startsWith("system");
                            if (wallClock) {
                                events.add(SimpleConditionEvent.violated(c, call.getDescription()));
                            }
                        }
                    }
                }).check(sfide);
    }

    /** A rule over every dependency between two Sfide classes. */
    private static ArchRule dependencies(String what, BiPredicate<JavaClass, JavaClass> allowed) {
        return classes().should(new ArchCondition<>(what) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (SFIDE.test(target) && !allowed.test(c, target)) {
                        events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                    }
                }
            }
        });
    }

    private static final DescribedPredicate<JavaClass> SFIDE = DescribedPredicate.describe("a Sfide class",
            c -> c.getPackageName().startsWith("it.sfide.") && !c.getPackageName().equals("it.sfide"));

    /** The area of a package: {@code it.sfide.proposal.control} → {@code proposal}. */
    static String area(String pkg) {
        String rest = pkg.startsWith("it.sfide.") ? pkg.substring("it.sfide.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Where a package sits in web → ejb → domain; null for a package that fits no layer. */
    static Layer layer(String pkg) {
        String area = area(pkg);
        String rest = pkg.length() > ("it.sfide." + area).length()
                ? pkg.substring(("it.sfide." + area).length() + 1) : "";
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (area.equals("shared")) {
            return Layer.DOMAIN;
        }
        if (area.equals("platform") || area.equals("demo")) {
            // the ground floor and the demo live in ejb, with the platform's pages and API support in web
            return WEB_LAYERS.contains(first) ? Layer.WEB : Layer.EJB;
        }
        if (rest.isEmpty()) {
            return Layer.DOMAIN;
        }
        if (first.equals("control")) {
            return Layer.CONTROL;
        }
        if (EJB_LAYERS.contains(first)) {
            return Layer.EJB;
        }
        return WEB_LAYERS.contains(first) ? Layer.WEB : null;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }

    /** The layers, ranked: a class may use its own rank or a lower one. */
    enum Layer {
        DOMAIN(0), EJB(1), CONTROL(1), WEB(2);

        final int rank;

        Layer(int rank) {
            this.rank = rank;
        }
    }
}
