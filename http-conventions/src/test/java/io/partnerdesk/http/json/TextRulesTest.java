package io.partnerdesk.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    @DisplayName("NUL and the other C0 controls are refused; tab, LF and CR are text in bodies but not in queries")
    void controls() {
        assertThat(TextRules.hasForbiddenControl("a\u0000b")).isTrue();
        assertThat(TextRules.hasForbiddenControl("\u001b[31m")).isTrue();
        assertThat(TextRules.hasForbiddenControl("line\r\n\tnext")).isFalse();
        assertThat(TextRules.hasForbiddenControl("上海 café")).isFalse();
        assertThat(TextRules.hasAnyControl("a\tb")).isTrue();
        assertThat(TextRules.hasAnyControl("plain")).isFalse();
    }

    @Test
    @DisplayName("times are storable from year 1 to 9999 only")
    void range() {
        assertThat(TextRules.inRange(Instant.parse("0001-01-01T00:00:00Z"))).isTrue();
        assertThat(TextRules.inRange(Instant.parse("9999-12-31T23:59:59.999999Z"))).isTrue();
        assertThat(TextRules.inRange(Instant.parse("-5000-01-01T00:00:00Z"))).isFalse();
        assertThat(TextRules.inRange(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(TextRules.inRange(Instant.parse("0000-12-31T23:59:59Z"))).isFalse();
    }

    @Test
    @DisplayName("a composed text is cut to its column with an ellipsis, never splitting a surrogate pair")
    void fit() {
        assertThat(TextRules.fit("short", 200)).isEqualTo("short");
        assertThat(TextRules.fit("x".repeat(250), 200)).hasSize(200).endsWith("\u2026");
        String emoji = "a".repeat(198) + "\uD83D\uDE00" + "tail";
        String cut = TextRules.fit(emoji, 200);
        assertThat(cut).hasSizeLessThanOrEqualTo(200).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(TextRules.fit(null, 10)).isNull();
    }
}
