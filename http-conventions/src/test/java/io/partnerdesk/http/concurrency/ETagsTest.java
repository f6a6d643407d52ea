package io.partnerdesk.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.problem.ProblemException;

class ETagsTest {

    private static int statusOf(String ifMatch, long version) {
        try {
            ETags.requireMatch(ifMatch, version);
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    @Test
    @DisplayName("missing If-Match is 428, a stale one 412, the current one passes")
    void preconditions() {
        assertThat(statusOf(null, 3)).isEqualTo(428);
        assertThat(statusOf("  ", 3)).isEqualTo(428);
        assertThat(statusOf("\"2\"", 3)).isEqualTo(412);
        assertThat(statusOf("\"3\"", 3)).isEqualTo(200);
    }

    @Test
    @DisplayName("a list of tags passes when one is current; * always passes; weak tags never match")
    void lists() {
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 9)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ETags.requireMatch("W/\"3\"", 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("an ETag is the quoted version")
    void format() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }
}
