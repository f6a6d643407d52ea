package io.partnerdesk.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its distribution zip (copied by the module's build to {@code local-stack/target/keycloak.zip}), unpacked
 * once into the suite's work directory and started in development mode with the {@code partnerdesk} realm imported and
 * its issuer fixed to {@code http://localhost:<port>/realms/partnerdesk}.
 */
final class KeycloakServer {

    static final String VERSION = "26.5.6";
    static final String NAME = "keycloak";

    private final Path repository;
    private final Path workDir;
    private final int port;

    KeycloakServer(Path repository, Path workDir, int port) {
        this.repository = repository;
        this.workDir = workDir;
        this.port = port;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/partnerdesk";
    }

    /** Unpacks the distribution if needed, puts the realm in its import directory and says how to start it. */
    ProcessSupervisor.Launch prepare() throws IOException {
        Path home = workDir.resolve("keycloak-" + VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            Path zip = repository.resolve("local-stack/target/keycloak.zip");
            if (!Files.exists(zip)) {
                throw new SuiteStartException(
                        "Missing " + zip + ": build first with ./mvnw -pl local-stack -am package -DskipTests");
            }
            SuiteLog.line("Unpacking Keycloak " + VERSION + " into " + home + " (first start only)");
            unzip(zip, workDir);
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(repository.resolve("deploy/keycloak/partnerdesk-realm.json"),
                imports.resolve("partnerdesk-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=http://localhost:" + port,
                "--health-enabled=true", "--http-management-port=" + SuitePorts.freePort());
        Map<String, String> environment = Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin", "JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
        return new ProcessSupervisor.Launch(NAME, command, environment, port,
                issuer() + "/.well-known/openid-configuration");
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
