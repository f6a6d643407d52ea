package io.partnerdesk.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdempotencyOperationTest {

    @Test
    @DisplayName("a retry's path is the same operation however it spells case or a trailing slash; another parent is not")
    void operation() {
        String id = "6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e01";
        String expected = "POST /api/v1/customers/" + id + "/subscriptions";
        assertThat(Idempotency.operation("POST", "/api/v1/customers/" + id + "/subscriptions")).isEqualTo(expected);
        assertThat(Idempotency.operation("POST", "/api/v1/customers/" + id.toUpperCase() + "/subscriptions/"))
                .isEqualTo(expected);
        assertThat(
                Idempotency.operation("POST", "/api/v1/customers/7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01/subscriptions"))
                .isNotEqualTo(expected);
        assertThat(Idempotency.operation("POST", "/")).isEqualTo("POST /");
    }
}
