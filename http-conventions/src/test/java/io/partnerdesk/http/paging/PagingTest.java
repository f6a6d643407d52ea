package io.partnerdesk.http.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.problem.ProblemException;

class PagingTest {

    @Test
    @DisplayName("a cursor survives encoding with microsecond precision")
    void cursorRoundTrip() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-24T06:18:59.899262Z"), UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    @DisplayName("anything that is not one of our cursors (times PostgreSQL cannot store included) is 400 on cursor")
    void foreignCursor() {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String farPast = base64.encodeToString(("-9000000000000000000|" + java.util.UUID.randomUUID()).getBytes());
        String farFuture = base64.encodeToString(("9000000000000000000|" + java.util.UUID.randomUUID()).getBytes());
        String shortId = base64.encodeToString("0|1-1-1-1-1".getBytes());
        for (String bad : new String[]{ "abc", "!!!", "MTIz", "bm90LWEtY3Vyc29y", farPast, farFuture, shortId,
                "A".repeat(500) }) {
            assertThatThrownBy(() -> Cursor.decode(bad)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().violations().get(0).field()).isEqualTo("cursor");
            });
        }
    }

    @Test
    @DisplayName("limit defaults to 50, accepts 1 to 200, and refuses anything else with 400")
    void limits() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of("1", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of("200", null).limit()).isEqualTo(200);
        for (String bad : new String[]{ "0", "201", "-1", "ten", "1.5" }) {
            assertThatThrownBy(() -> PageRequest.of(bad, null)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("limit"));
        }
    }

    @Test
    @DisplayName("a full page carries the cursor of its last item; a short page has none")
    void nextCursor() {
        PageRequest request = PageRequest.of("2", null);
        Instant t = Instant.parse("2026-11-24T00:00:00Z");
        List<Cursor> rows = List.of(new Cursor(t, UUID.randomUUID()), new Cursor(t, UUID.randomUUID()),
                new Cursor(t, UUID.randomUUID()));
        Page<UUID> page = Page.of(rows, request, c -> c, Cursor::id);
        assertThat(page.items()).containsExactly(rows.get(0).id(), rows.get(1).id());
        assertThat(Cursor.decode(page.nextCursor())).isEqualTo(rows.get(1));

        Page<UUID> last = Page.of(rows.subList(0, 2), request, c -> c, Cursor::id);
        assertThat(last.nextCursor()).isNull();
    }
}
