package io.partnerdesk.messagecenter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverPolicyTest {

    /** Names resolve from this table only: no test depends on DNS. */
    private static final Map<String, String[]> NAMES = Map.of(
            "hooks.contoso.example", new String[]{ "20.205.243.166" },
            "rebind.example", new String[]{ "20.205.243.166", "10.1.2.3" },
            "metadata.example", new String[]{ "169.254.169.254" });

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            // A literal address resolves to itself, as InetAddress does without DNS.
            if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":")) {
                return new InetAddress[]{ InetAddress.getByName(host) };
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            out[i] = InetAddress.getByName(addresses[i]);
        }
        return out;
    }

    private final ReceiverPolicy production = new ReceiverPolicy(false, List.of(), ReceiverPolicyTest::resolve);
    private final ReceiverPolicy local = new ReceiverPolicy(true, List.of("127.0.0.0/8"), ReceiverPolicyTest::resolve);

    @Test
    @DisplayName("an https URL on a public host passes, and the delivery goes to the address checked")
    void publicHttps() {
        ReceiverPolicy.Target target = production.resolve("https://hooks.contoso.example/partnerdesk?x=1");
        assertThat(target.address().getHostAddress()).isEqualTo("20.205.243.166");
        assertThat(target.host()).isEqualTo("hooks.contoso.example");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.requestUri()).isEqualTo("/partnerdesk?x=1");
        assertThat(target.tls()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://127.0.0.1/", "https://[::1]/", "https://10.0.0.1/", "https://172.16.5.4/",
            "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/", "https://[fd00:ec2::254]/",
            "https://[fe80::1]/", "https://[fc00::1]/", "https://0.0.0.0/", "https://224.0.0.1/",
            "https://100.64.0.1/", "https://255.255.255.255/", "https://[::ffff:127.0.0.1]/",
            "https://[64:ff9b::a00:1]/", "https://[2002:a00:1::]/", "https://metadata.example/",
            "https://rebind.example/" })
    @DisplayName("loopback, private, link-local, unique-local, metadata, multicast and embedded ones are refused")
    void refusedAddresses(String url) {
        assertThatThrownBy(() -> production.resolve(url)).isInstanceOf(ReceiverPolicy.Refused.class)
                .hasMessageContaining("webhooks reach public addresses only");
    }

    @Test
    @DisplayName("the metadata addresses are named as such")
    void metadataNamed() {
        assertThatThrownBy(() -> production.resolve("https://169.254.169.254/"))
                .hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> production.resolve("https://[fd00:ec2::254]/"))
                .hasMessageContaining("cloud metadata");
    }

    @Test
    @DisplayName("http is refused unless allowed; an allowed range admits loopback, only within the range")
    void httpAndAllowList() {
        assertThatThrownBy(() -> production.checkUrl("http://hooks.contoso.example/"))
                .hasMessage("must be an https URL");
        assertThat(local.resolve("http://127.0.0.1:8080/hook").address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> local.resolve("http://[::1]:8080/hook")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> local.resolve("http://10.0.0.1/")).hasMessageContaining("private");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://hooks.contoso.example/", "hooks.contoso.example/x", "https:///path",
            "https://user:secret@hooks.contoso.example/", "https://hooks.contoso.example/#frag", "not a url",
            "https://hooks.contoso.example:99999/", "javascript:alert(1)", "file:///etc/passwd" })
    @DisplayName("other schemes, no host, credentials, fragments and bad ports are refused")
    void refusedForms(String url) {
        assertThatThrownBy(() -> production.resolve(url)).isInstanceOf(ReceiverPolicy.Refused.class);
    }

    @Test
    @DisplayName("a name that does not resolve is refused, and so is an over-long URL")
    void unresolvedAndLong() {
        assertThatThrownBy(() -> production.resolve("https://nowhere.example/"))
                .hasMessageContaining("does not resolve");
        assertThatThrownBy(() -> production.checkUrl("https://hooks.contoso.example/" + "a".repeat(2100)))
                .hasMessageContaining("at most 2048");
    }

    @Test
    @DisplayName("an upper-case scheme is sent over TLS like a lower-case one")
    void upperCaseScheme() {
        assertThat(production.resolve("HTTPS://hooks.contoso.example/x").tls()).isTrue();
    }

    @Test
    @DisplayName("address ranges match by prefix, IPv4 and IPv6 apart")
    void ranges() throws UnknownHostException {
        AddressRange range = AddressRange.parse("10.89.40.128/25");
        assertThat(range.contains(InetAddress.getByName("10.89.40.200"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("10.89.40.10"))).isFalse();
        assertThat(AddressRange.parse("fd00::/8").contains(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(AddressRange.parse("fd00::/8").contains(InetAddress.getByName("10.0.0.1"))).isFalse();
        assertThatThrownBy(() -> AddressRange.parse("example.com/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
