package io.partnerdesk.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Where each part of the local suite listens: the defaults of {@code ./run-local.sh}, or free ports for tests. */
public record SuitePorts(int gateway, int gatewayManagement, int keycloak, int subscriptions, int support,
        int messagecenter, int postgres) {

    /** Below Linux's ephemeral range (32768-60999), where outgoing connections take their local ports. */
    private static final int FREE_PORT_FLOOR = 20000;
    private static final int FREE_PORT_CEILING = 32000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    public static SuitePorts defaults() {
        return new SuitePorts(8080, 9080, 8180, 8081, 8082, 8083, 15432);
    }

    /** Free ports, for tests that must not clash with a running local suite. */
    public static SuitePorts free() {
        return new SuitePorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
    }

    /** Fails with the name of the first part whose port something else already listens on. */
    void requireFree() {
        List<Map.Entry<String, Integer>> named = List.of(Map.entry("gateway", gateway),
                Map.entry("gateway management", gatewayManagement), Map.entry("Keycloak", keycloak),
                Map.entry("subscriptions-service", subscriptions), Map.entry("support-service", support),
                Map.entry("messagecenter-service", messagecenter), Map.entry("PostgreSQL", postgres));
        for (Map.Entry<String, Integer> port : named) {
            try (ServerSocket socket = new ServerSocket(port.getValue(), 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new SuiteStartException("Port " + port.getValue() + " (" + port.getKey() + ") is already in use. "
                        + "Stop what listens there, or choose other ports (see README).");
            }
        }
    }

    /**
     * A port nothing listens on, chosen at random below the ephemeral range: a port the OS hands out for
     * {@code bind(0)} is one it also hands to the next outgoing connection (a JDBC pool, Keycloak's own clients), which
     * then holds it when the service that was to listen there starts ("port in use"). Never the same port twice in
     * one JVM, so that two suites started one after the other do not meet either.
     */
    static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(FREE_PORT_FLOOR, FREE_PORT_CEILING);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                HANDED_OUT.add(port);
                return port;
            } catch (IOException inUse) {
                // taken: try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
