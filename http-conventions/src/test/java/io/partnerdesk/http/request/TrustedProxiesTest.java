package io.partnerdesk.http.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;

/**
 * Every trusted proxy the services are given by default must be an address or a CIDR, never something Quarkus takes for
 * a host name: a name is looked up in DNS for every request that carries X-Forwarded-*, on the event loop. A bare
 * {@code ::1} is such a name (host {@code ":"}, port 1); with it, one request in about sixty waited 5 s for a DNS answer
 * that never came, and the benchmark's saturation fell from thousands of calls a second to fifteen.
 */
class TrustedProxiesTest {

    private static final Pattern CIDR = Pattern.compile(".+/\\d+");
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{TRUSTED_PROXIES:(.*)}");

    @Test
    void theDefaultTrustedProxiesAreAddressesNotHostNames() throws IOException {
        List<String> entries = defaultEntries();
        assertThat(entries).isNotEmpty();
        for (String entry : entries) {
            if (CIDR.matcher(entry).matches()) {
                continue;
            }
            // What Quarkus's TrustedProxyCheckPartConverter does with an entry that is no CIDR.
            InetSocketAddress address = new InetSocketAddressConverter().convert(entry);
            assertThat(address.isUnresolved()).as("%s is read as host name %s", entry, address.getHostString())
                    .isFalse();
        }
    }

    @Test
    void aBareIpv6AddressWouldBeReadAsAHostName() {
        InetSocketAddress address = new InetSocketAddressConverter().convert("::1");
        assertThat(address.isUnresolved()).isTrue();
        assertThat(address.getHostString()).isEqualTo(":");
    }

    private static List<String> defaultEntries() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TrustedProxiesTest.class
                .getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        }
        Matcher value = DEFAULT.matcher(properties.getProperty("quarkus.http.proxy.trusted-proxies"));
        assertThat(value.matches()).as("trusted proxies come from TRUSTED_PROXIES with a default").isTrue();
        return Arrays.stream(value.group(1).split(",")).map(String::trim).toList();
    }
}
