package org.safecase.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;

/**
 * The WAR under test is the one Maven built (target/safecase.war), exactly as it ships; tests
 * that run inside the server add themselves, this package and AssertJ to it.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive asBuilt() {
        File war = new File("target/safecase.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/safecase.war is missing: run the tests through 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "safecase.war").importFrom(war).as(WebArchive.class);
    }

    public static WebArchive withInContainerTests(Class<?> testClass) {
        return asBuilt()
                .addClass(testClass)
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }
}
