package io.partnerdesk.localstack;

/** The JVM options the local suite starts its Java processes with. */
public final class JvmOptions {

    /**
     * JVM options of the three services. Idle, about 30 MiB of their heap is in use; the serial collector and a
     * 128 MiB cap took their peak RSS under the benchmark's load from 280-510 MB (G1, 256 MiB) to 300-400 MB
     * (docs/benchmarks.md, section 6). {@code PARTNERDESK_SERVICE_JVM_OPTIONS} replaces them, e.g. to compare.
     */
    public static final String SERVICES = System.getenv().getOrDefault("PARTNERDESK_SERVICE_JVM_OPTIONS",
            "-XX:+UseSerialGC -Xmx128m -XX:+ExitOnOutOfMemoryError");

    /**
     * JVM options of the gateway: no database, no ORM, about 25 MiB of heap in use when idle, so half the services'
     * cap; with 128 MiB its peak RSS sat at the 250 MB goal. {@code PARTNERDESK_GATEWAY_JVM_OPTIONS} replaces them.
     */
    public static final String GATEWAY = System.getenv().getOrDefault("PARTNERDESK_GATEWAY_JVM_OPTIONS",
            "-XX:+UseSerialGC -Xmx64m -XX:+ExitOnOutOfMemoryError");

    private JvmOptions() {
    }
}
