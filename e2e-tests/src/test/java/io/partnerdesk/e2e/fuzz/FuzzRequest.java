package io.partnerdesk.e2e.fuzz;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated call: who makes it, what it targets, and exactly what goes on the wire (the path and query already
 * percent-encoded, the body as raw text so that broken JSON stays broken).
 */
record FuzzRequest(int index, String role, ApiOperation operation, String method, String target,
        Map<String, String> headers, String body, String mutation) {

    /** A command that sends the same request again, given a token of the same role in {@code $TOKEN}. */
    String curl(String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -sS -i -X ").append(method).append(" '").append(baseUrl)
                .append(target.replace("'", "'\\''")).append("' -H \"Authorization: Bearer $TOKEN\"");
        headers.forEach((name, value) -> curl.append(" -H '").append(name).append(": ")
                .append(value.replace("'", "'\\''")).append('\''));
        if (body != null) {
            curl.append(" -H 'Content-Type: application/json' --data-binary @- <<'JSON'\n").append(body)
                    .append("\nJSON");
        }
        return curl.toString();
    }

    String summary() {
        return "#" + index + " " + role + " " + method + " " + target + " (" + operation.name() + ", " + mutation + ")"
                + (headers.isEmpty() ? ""
                        : " headers " + headers.entrySet().stream()
                                .map(e -> e.getKey() + "=" + abbreviate(e.getValue()))
                                .collect(Collectors.joining(", ")));
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }
}
