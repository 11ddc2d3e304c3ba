package it.sfide.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;

/**
 * The one way integration tests deploy Sfide: the EAR the build produced, exactly as {@code ./sfide run} deploys
 * it, with the test classes and the test-only probes added to its EJB module so in-container tests can reach the
 * persistence unit. Whole packages are added, never hand-listed classes.
 */
public final class Deployments {

    public static final String EJB_MODULE = "sfide-ejb.jar";

    private Deployments() {
    }

    public static EnterpriseArchive portal() {
        File earFile = new File(System.getProperty("sfide.ear", "target/sfide.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + earFile.getAbsolutePath() + " is missing");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addPackages(true, "it.sfide.testing");
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }

    /** The portal plus the given in-container test classes, placed in the EJB module beside the probes. */
    public static EnterpriseArchive portalWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = portal();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClasses(testClasses);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }
}
