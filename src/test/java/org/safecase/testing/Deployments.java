package org.safecase.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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

    /**
     * The deployment's address ending in exactly one slash, for appending relative paths
     * ({@code "/x/".replaceAll("/?$", "/")} gives two).
     */
    public static String root(java.net.URL deployment) {
        String address = deployment.toString();
        return address.endsWith("/") ? address : address + "/";
    }

    public static WebArchive asBuilt() {
        File war = new File("target/safecase.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/safecase.war is missing: run the tests through 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "safecase.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The WAR as built plus the test-only pseudo-locale en-XA (issue #11 item 6): its bundle,
     * generated from messages.properties, and the switch that makes it a supported language
     * ({@code safecase.i18n.pseudoLocale=true}), which production never sets.
     */
    public static WebArchive withPseudoLocale() {
        WebArchive war = asBuilt();
        String config = "WEB-INF/classes/META-INF/microprofile-config.properties";
        String settings;
        try (var in = war.get(config).getAsset().openStream()) {
            settings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        war.delete(config);
        war.add(new StringAsset(settings + "\nsafecase.i18n.pseudoLocale=true\n"), config);
        war.add(new StringAsset(PseudoLocale.bundle()), "WEB-INF/classes/" + PseudoLocale.BUNDLE_PATH);
        return war;
    }

    public static WebArchive withInContainerTests(Class<?> testClass) {
        return asBuilt()
                .addClass(testClass)
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }
}
