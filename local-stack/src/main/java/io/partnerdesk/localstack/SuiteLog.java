package io.partnerdesk.localstack;

/** The suite's own progress lines on the terminal (each process's output goes to its log file instead). */
final class SuiteLog {

    private SuiteLog() {
    }

    static void line(String text) {
        System.out.println("[partnerdesk] " + text);
    }
}
