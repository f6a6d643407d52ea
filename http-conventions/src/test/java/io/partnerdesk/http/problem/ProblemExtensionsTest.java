package io.partnerdesk.http.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.problem.Problem;

class ProblemExtensionsTest {

    @Test
    @DisplayName("a problem without extensions is the plain record")
    void plain() {
        Response response = ProblemResponses.of(Problems.forbidden("no"), null);
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    @DisplayName("extension members follow the standard ones, which keep their names and leave nulls out")
    void extended() {
        ProblemException e = Problems.forbidden("Ask your partner.").withExtension("supportContact",
                Map.of("email", "support@contoso.example"));
        Response response = ProblemResponses.of(e, null);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.getEntity();
        assertThat(List.copyOf(body.keySet())).containsExactly("type", "title", "status", "detail", "supportContact");
        assertThat(body.get("supportContact")).isEqualTo(Map.of("email", "support@contoso.example"));
    }

    @Test
    @DisplayName("a standard member cannot be passed off as an extension")
    void standardNamesRefused() {
        assertThatThrownBy(() -> Problems.forbidden("x").withExtension("status", 200))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
