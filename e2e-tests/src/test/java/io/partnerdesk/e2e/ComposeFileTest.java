package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operators' docker-compose.yml agrees with the code: every service has a health check, only the gateway and
 * Keycloak are published, images are built from each module's Dockerfile.jvm, and every variable a service is given
 * is one it reads; no secret has a default and Keycloak runs in production mode with a realm holding no fixtures (those
 * come only with docker-compose.demo.yml). (CI also runs {@code docker-compose config -q} on both, with an .env made
 * from .env.example.)
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, String> MODULES = Map.of("subscriptions-service", "subscriptions-service",
            "support-service", "support-service", "messagecenter-service", "messagecenter-service", "gateway",
            "gateway");

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    /** The libraries whose META-INF/microprofile-config.properties a module gets by depending on them. */
    private static final java.util.List<String> CONFIG_LIBRARIES = java.util.List.of("http-conventions", "outbox",
            "token-cache", "tracing");

    /**
     * Everything a module is configured by: its application.properties and the defaults of every library it depends on,
     * directly or through another library (http-conventions brings token-cache).
     */
    private static String configOf(String module) throws IOException {
        StringBuilder config = new StringBuilder(
                Files.readString(ROOT.resolve(module + "/src/main/resources/application.properties")));
        Set<String> seen = new HashSet<>();
        java.util.Deque<String> poms = new java.util.ArrayDeque<>(java.util.List.of(module));
        while (!poms.isEmpty()) {
            String pom = Files.readString(ROOT.resolve(poms.pop() + "/pom.xml"));
            for (String library : CONFIG_LIBRARIES) {
                if (pom.contains("<artifactId>" + library + "</artifactId>") && seen.add(library)) {
                    poms.push(library);
                    config.append('\n').append(Files.readString(
                            ROOT.resolve(library + "/src/main/resources/META-INF/microprofile-config.properties")));
                }
            }
        }
        return config.toString();
    }

    /** The ${VARIABLE:default} names a module's configuration reads. */
    private static Set<String> variablesRead(String module) throws IOException {
        String properties = configOf(module);
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]").matcher(properties);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    @DisplayName("every service has a health check and a memory limit")
    void healthChecks() throws IOException {
        compose().get("services").fields().forEachRemaining(service -> {
            assertThat(service.getValue().has("healthcheck")).as("healthcheck of %s", service.getKey()).isTrue();
            assertThat(service.getValue().has("mem_limit")).as("mem_limit of %s", service.getKey()).isTrue();
        });
    }

    @Test
    @DisplayName("only the gateway and Keycloak are published")
    void published() throws IOException {
        Set<String> published = new HashSet<>();
        compose().get("services").fields().forEachRemaining(s -> {
            if (s.getValue().has("ports")) {
                published.add(s.getKey());
            }
        });
        assertThat(published).containsExactlyInAnyOrder("gateway", "keycloak");
        // Host port from one setting each; on 127.0.0.1 unless the operator publishes wider.
        assertThat(compose().at("/services/gateway/ports/0").asText())
                .isEqualTo("${PUBLISH_ADDRESS:-127.0.0.1}:${GATEWAY_PORT:-8080}:8080");
        assertThat(compose().at("/services/keycloak/ports/0").asText())
                .isEqualTo("${PUBLISH_ADDRESS:-127.0.0.1}:${KEYCLOAK_PORT:-8180}:8080");
    }

    @Test
    @DisplayName("what an operator's engine needs: health checks without curl, restart policies, official images by default, overridable, SELinux labels")
    void runsOnARealEngine() throws IOException {
        JsonNode services = compose().get("services");
        services.fields().forEachRemaining(service -> {
            JsonNode s = service.getValue();
            String test = s.at("/healthcheck/test").toString();
            assertThat(test).as("health check of %s", service.getKey()).doesNotContain("curl").doesNotContain("wget");
            if (test.contains("/dev/tcp")) {
                // /bin/sh may be dash, which has no /dev/tcp.
                assertThat(test).as("health check of %s", service.getKey()).contains("bash -c");
            }
            if (test.contains("pg_isready")) {
                // The official image's first-start init listens on the socket only: ask over TCP.
                assertThat(test).contains("pg_isready -h 127.0.0.1");
            }
            assertThat(s.path("restart").asText()).as("restart policy of %s", service.getKey())
                    .isEqualTo("unless-stopped");
            s.path("volumes").forEach(volume -> {
                if (volume.asText().startsWith("./")) {
                    assertThat(volume.asText()).as("bind mount of %s", service.getKey()).endsWith(":ro,z");
                }
            });
        });
        // The gateway's fixed address lies outside the range other containers are given addresses from.
        JsonNode network = compose().at("/networks/default/ipam/config/0");
        assertThat(services.at("/gateway/networks/default/ipv4_address").asText()).isEqualTo("10.89.40.10");
        assertThat(network.get("subnet").asText()).isEqualTo("10.89.40.0/24");
        assertThat(network.get("ip_range").asText()).isEqualTo("10.89.40.128/25");
        assertThat(services.at("/subscriptions-db/image").asText())
                .isEqualTo("${POSTGRES_IMAGE:-docker.io/library/postgres:17-alpine}");
        assertThat(services.at("/keycloak/image").asText())
                .isEqualTo("${KEYCLOAK_IMAGE:-quay.io/keycloak/keycloak:26.5.6}");
        MODULES.keySet()
                .forEach(service -> assertThat(services.at("/" + service + "/build/args/JAVA_BASE_IMAGE").asText())
                        .isEqualTo("${JAVA_BASE_IMAGE:-registry.access.redhat.com/ubi9/openjdk-17:1.21}"));
    }

    @Test
    @DisplayName("each application is built from its module's Dockerfile.jvm and named after it")
    void images() throws IOException {
        JsonNode services = compose().get("services");
        MODULES.forEach((service, module) -> {
            JsonNode s = services.get(service);
            assertThat(s.at("/build/context").asText()).isEqualTo("./" + module);
            assertThat(s.at("/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
            assertThat(ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm")).exists();
            assertThat(s.get("image").asText()).startsWith("partnerdesk/" + module + ":");
        });
    }

    @Test
    @DisplayName("every environment variable given to a service is one it reads; its HTTP_PORT is the port its health check asks")
    void environment() throws IOException {
        JsonNode services = compose().get("services");
        for (String service : MODULES.keySet()) {
            Set<String> read = variablesRead(MODULES.get(service));
            JsonNode env = services.get(service).get("environment");
            env.fieldNames().forEachRemaining(name -> assertThat(read.contains(name) || isQuarkusProperty(name))
                    .as("%s is given %s but does not read it", service, name).isTrue());
            String health = services.get(service).at("/healthcheck/test/1").asText();
            String port = "gateway".equals(service) ? env.get("MANAGEMENT_PORT").asText()
                    : env.get("HTTP_PORT").asText();
            assertThat(health).contains("/dev/tcp/127.0.0.1/" + port + " ").contains("GET /q/health/ready");
        }
    }

    @Test
    @DisplayName("every variable a service requires (read without a default, such as SERVICE_CLIENT_SECRET) is given to it")
    void requiredVariables() throws IOException {
        JsonNode services = compose().get("services");
        Set<String> requiredSeen = new HashSet<>();
        for (String service : MODULES.keySet()) {
            String properties = configOf(MODULES.get(service));
            Matcher required = Pattern.compile("^[a-z][^%=]*=.*\\$\\{([A-Z0-9_]+)\\}", Pattern.MULTILINE)
                    .matcher(properties);
            JsonNode env = services.get(service).get("environment");
            while (required.find()) {
                assertThat(env.has(required.group(1))).as("%s requires %s", service, required.group(1)).isTrue();
                requiredSeen.add(service + " " + required.group(1));
            }
        }
        // The check has something to check: the producers' relays need their client secret.
        assertThat(requiredSeen).contains("subscriptions-service SERVICE_CLIENT_SECRET",
                "support-service SERVICE_CLIENT_SECRET", "messagecenter-service SERVICE_CLIENT_SECRET");
    }

    @Test
    @DisplayName("no secret has a default: every password and client secret is required from the environment")
    void secretsRequired() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher secret = Pattern.compile("\\$\\{([A-Z0-9_]*(PASSWORD|SECRET)[A-Z0-9_]*)([^}]*)\\}").matcher(compose);
        int found = 0;
        while (secret.find()) {
            found++;
            assertThat(secret.group(3)).as("%s must be required (${%s:?...})", secret.group(1), secret.group(1))
                    .startsWith(":?");
        }
        assertThat(found).isGreaterThanOrEqualTo(6);
        assertThat(compose).doesNotContain("partnerdesk-services-secret").doesNotContain("contoso-integration-secret")
                .doesNotContain("SEED_FIXTURES");
        String example = Files.readString(ROOT.resolve(".env.example"));
        Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(compose);
        while (variable.find()) {
            assertThat(example).as(".env.example names %s", variable.group(1)).contains(variable.group(1) + "=");
        }
    }

    @Test
    @DisplayName("Keycloak runs in production mode with the production realm: no users, no secrets, TLS outside, lock-outs, no password grant")
    void productionIdentity() throws IOException {
        JsonNode keycloak = compose().at("/services/keycloak");
        assertThat(keycloak.at("/command/0").asText()).isEqualTo("start");
        assertThat(keycloak.get("volumes").toString()).contains("deploy/keycloak/production/partnerdesk-realm.json");
        JsonNode realm = new ObjectMapper()
                .readTree(ROOT.resolve("deploy/keycloak/production/partnerdesk-realm.json").toFile());
        assertThat(realm.get("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("accessTokenLifespan").asInt()).isBetween(60, 600);
        realm.get("users").forEach(user -> assertThat(user.has("serviceAccountClientId"))
                .as("user %s of the production realm", user.get("username")).isTrue());
        realm.get("clients").forEach(client -> {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as("password grant on %s", client.get("clientId")).isFalse();
            if (client.has("secret")) {
                assertThat(client.get("secret").asText()).as("secret of %s", client.get("clientId")).startsWith("${");
            }
        });
    }

    @Test
    @DisplayName("the fixture realm and seeding come only with the demo override, which forces seeding knowingly")
    void demoOverride() throws IOException {
        JsonNode demo = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.demo.yml").toFile());
        assertThat(demo.at("/services/keycloak/volumes/0").asText())
                .startsWith("./deploy/keycloak/partnerdesk-realm.json:");
        JsonNode env = demo.at("/services/subscriptions-service/environment");
        assertThat(env.get("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES").asText()).isEqualTo("true");
        assertThat(env.get("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES_IN_PRODUCTION").asText()).isEqualTo("true");
    }

    /** Quarkus maps environment variables such as PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES to properties itself. */
    private static boolean isQuarkusProperty(String name) {
        return name.startsWith("PARTNERDESK_") || name.startsWith("QUARKUS_");
    }
}
