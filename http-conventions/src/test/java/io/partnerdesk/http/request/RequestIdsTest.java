package io.partnerdesk.http.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.problem.RequestIds;

class RequestIdsTest {

    @Test
    @DisplayName("a safe caller id is kept; absent, overlong or unsafe ones are replaced")
    void acceptOrGenerate() {
        assertThat(RequestIds.acceptOrGenerate("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
        assertThat(RequestIds.acceptOrGenerate(null)).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("a".repeat(129))).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("evil\r\nSet-Cookie: x")).hasSize(36).doesNotContain("evil");
    }
}
