package com.renewalpost.fulfilment.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The application as built ({@code target/fulfilment.war}) plus the in-container tests, with its
 * configuration adjusted: a fresh database ({@link TestDatabase}: H2 in its own directory under target,
 * or PostgreSQL), a fresh data directory, fresh code keys,
 * a known first-admin password, and whatever the test class adds.
 */
public final class TestDeployment {

    /** The first admin's password (to be changed at first login, as in production). */
    public static final String ADMIN_PASSWORD = "first boss of the back office";
    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private TestDeployment() {
    }

    public static WebArchive of(String name, Map<String, String> extraConfig) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, Path.of("target", "fulfilment.war").toFile());
        var defaults = new java.util.Properties();
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.addAsResource(new StringAsset(config(name, defaults, extraConfig)), "META-INF/microprofile-config.properties");
        war.addPackage(TestDeployment.class.getPackage());
        war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    /**
     * The same deployment at the root context, as the run command deploys it: Payara Micro serves
     * MicroProfile Metrics inside the application at the root context (behind its filters).
     */
    public static WebArchive atRoot(String name, Map<String, String> extraConfig) {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(of(name, extraConfig));
    }

    /** The jar a test-scoped library came from, to ship it inside the test deployment. */
    public static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's own defaults, then the test's database, keys and admin, then the test class's settings. */
    public static String config(String name, java.util.Properties defaults, Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        defaults.stringPropertyNames().forEach(key -> config.put(key, defaults.getProperty(key)));
        config.put("fulfilment.data.dir", freshDataDir(name).toString());
        config.putAll(TestDatabase.fresh(name).config());
        config.put("fulfilment.codes.key", "it1:" + randomKey());
        config.put("fulfilment.codes.fingerprint-key", randomKey());
        config.put("fulfilment.admin.password", ADMIN_PASSWORD);
        config.put(UsedCodes.FILE_SETTING, UsedCodes.file().toString());
        config.putAll(extra);
        return config.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Path freshDataDir(String name) {
        try {
            Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(Path.of("target", "it-data").toAbsolutePath(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
