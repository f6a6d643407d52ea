package io.partnerdesk.messagecenter.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where webhook deliveries may go: the guard against server-side request forgery. A receiver's URL must be https
 * (http only where configured), carry no credentials, and its host must resolve only to public addresses: loopback,
 * private, link-local, unique-local, multicast, shared, reserved and cloud-metadata addresses are refused unless an
 * allowed range lists them. The check runs at registration and again before each delivery, and the delivery connects
 * to the address checked here, so a name that later resolves elsewhere (DNS rebinding) gains nothing.
 */
public final class ReceiverPolicy {

    public static final int URL_MAX = 2048;

    /** Why a receiver is refused, in words for its owner. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Where to connect for one delivery: the URL and the checked address. */
    public record Target(URI url, InetAddress address) {

        public boolean tls() {
            return url.getScheme().equals("https");
        }

        public int port() {
            return url.getPort() > 0 ? url.getPort() : tls() ? 443 : 80;
        }

        /** Path and query as sent in the request line. */
        public String requestUri() {
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        }

        /** The host without IPv6 brackets: the Host header, the TLS server name and the name the certificate must hold. */
        public String host() {
            String host = url.getHost();
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }
    }

    /** Resolves a host name to its addresses; a seam for tests of names that resolve to private addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<AddressRange> REFUSED = List.of(
            AddressRange.parse("0.0.0.0/8"), // "this network"
            AddressRange.parse("100.64.0.0/10"), // shared address space (carrier-grade NAT)
            AddressRange.parse("192.0.0.0/24"), // IETF protocol assignments
            AddressRange.parse("192.0.2.0/24"), AddressRange.parse("198.51.100.0/24"),
            AddressRange.parse("203.0.113.0/24"), // documentation
            AddressRange.parse("198.18.0.0/15"), // benchmarking
            AddressRange.parse("240.0.0.0/4"), // reserved, and the broadcast address
            AddressRange.parse("fc00::/7"), // unique-local, fd00:ec2::254 (a cloud's metadata service) among them
            AddressRange.parse("100::/64"), // discard-only
            AddressRange.parse("2001:db8::/32")); // documentation

    private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

    private final boolean allowHttp;
    private final List<AddressRange> allowed;
    private final Resolver resolver;

    public ReceiverPolicy(boolean allowHttp, List<String> allowedCidrs, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowed = allowedCidrs.stream().filter(c -> !c.isBlank()).map(AddressRange::parse).toList();
        this.resolver = resolver;
    }

    /** The URL's form: scheme, host, no credentials or fragment. Refused with the reason otherwise. */
    public URI checkUrl(String url) {
        if (url.length() > URL_MAX) {
            throw new Refused("must be at most " + URL_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials; authenticate receivers by the signature");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new Refused("has no valid port");
        }
        // The scheme in lower case, so that "HTTPS://" is sent over TLS like "https://".
        return scheme.equals(uri.getScheme()) ? uri : URI.create(scheme + url.substring(uri.getScheme().length()));
    }

    /**
     * The URL checked, its host resolved and every address it resolves to checked: one refused address refuses the
     * receiver (a name that answers both a public and a private address could be steered to the private one).
     */
    public Target resolve(String url) {
        URI uri = checkUrl(url);
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String reason = refusal(address);
            if (reason != null) {
                throw new Refused("resolves to " + address.getHostAddress() + ", " + reason
                        + "; webhooks reach public addresses only");
            }
        }
        return new Target(uri, addresses[0]);
    }

    /** Why an address is refused, or null when deliveries may go to it. */
    String refusal(InetAddress address) {
        if (allowed.stream().anyMatch(range -> range.contains(address))) {
            return null;
        }
        String reason = reasonOf(address);
        if (reason == null && address instanceof Inet6Address) {
            // An IPv6 address that carries an IPv4 one (NAT64, 6to4) reaches that IPv4 address.
            InetAddress embedded = embeddedIpv4(address);
            if (embedded != null) {
                String inner = refusal(embedded);
                return inner == null ? null : inner + " (embedded in " + address.getHostAddress() + ")";
            }
        }
        return reason;
    }

    private static String reasonOf(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (a.getHostAddress().equals("169.254.169.254") || a.getHostAddress().equals("fd00:ec2:0:0:0:0:0:254")) {
            return "a cloud metadata address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        if (a instanceof Inet4Address && a.getHostAddress().equals("255.255.255.255")) {
            return "the broadcast address";
        }
        for (AddressRange range : REFUSED) {
            if (range.contains(a)) {
                return a instanceof Inet6Address && AddressRange.parse("fc00::/7").contains(a)
                        ? "a unique-local address"
                        : "a reserved or special-purpose address";
            }
        }
        return null;
    }

    private static InetAddress embeddedIpv4(InetAddress v6) {
        byte[] b = v6.getAddress();
        try {
            if (NAT64.contains(v6)) {
                return InetAddress.getByAddress(new byte[]{ b[12], b[13], b[14], b[15] });
            }
            if (SIX_TO_FOUR.contains(v6)) {
                return InetAddress.getByAddress(new byte[]{ b[2], b[3], b[4], b[5] });
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }
}
