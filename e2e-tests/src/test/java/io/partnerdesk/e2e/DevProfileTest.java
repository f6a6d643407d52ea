package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.partnerdesk.localstack.LocalSuite;
import io.partnerdesk.localstack.SuitePorts;

/**
 * {@code ./mvnw quarkus:dev -pl <service>} runs against {@code ./run-local.sh --infra-only}: each service's {@code %dev}
 * profile names the local stack's PostgreSQL (port, user, its database) and Keycloak (issuer, the services' client
 * secret), so the two stay in step when either changes.
 */
class DevProfileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(ROOT.resolve(file))));
        return properties;
    }

    /** The value a ${VARIABLE:default} expression takes when the variable is not set, as in dev mode. */
    private static String unset(String value) {
        return value.startsWith("${") && value.contains(":")
                ? value.substring(value.indexOf(':') + 1, value.length() - 1)
                : value;
    }

    @ParameterizedTest
    @ValueSource(strings = { "subscriptions", "support", "messagecenter" })
    @DisplayName("each service's %dev profile uses the local stack's database")
    void devDatabaseIsTheLocalStacks(String service) throws IOException {
        Properties config = properties(service + "-service/src/main/resources/application.properties");
        int postgres = SuitePorts.defaults().postgres();

        assertThat(LocalSuite.DATABASES).contains(service);
        assertThat(unset(config.getProperty("%dev.quarkus.datasource.jdbc.url")))
                .isEqualTo("jdbc:postgresql://localhost:" + postgres + "/" + service);
        assertThat(unset(config.getProperty("%dev.quarkus.datasource.username"))).isEqualTo(LocalSuite.DATABASE_USER);
        assertThat(unset(config.getProperty("%dev.quarkus.datasource.password")))
                .isEqualTo(LocalSuite.DATABASE_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http-conventions/src/main/resources/META-INF/microprofile-config.properties",
            "gateway/src/main/resources/application.properties" })
    @DisplayName("the default issuer is the local stack's Keycloak, and the relays' dev secret is its realm's")
    void devIdentityIsTheLocalStacks(String file) throws IOException {
        String issuer = "http://localhost:" + SuitePorts.defaults().keycloak() + "/realms/partnerdesk";

        assertThat(unset(properties(file).getProperty("quarkus.oidc.auth-server-url"))).isEqualTo(issuer);
        assertThat(properties("outbox/src/main/resources/META-INF/microprofile-config.properties")
                .getProperty("%dev.quarkus.oidc-client.credentials.secret"))
                .isEqualTo(LocalSuite.SERVICE_CLIENT_SECRET);
    }
}
