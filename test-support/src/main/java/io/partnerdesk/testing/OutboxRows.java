package io.partnerdesk.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a service's event_outbox the way the relay will: the envelope as stored, in write order. */
public final class OutboxRows {

    public record Row(String type, String status, int attempts, String lastError, JsonNode event) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxRows() {
    }

    /** Rows about one subject ({@code kind:id}), oldest first. */
    public static List<Row> about(DataSource dataSource, String kind, Object id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select type, status, attempts, last_error, payload::text from event_outbox where subject_key = ? order by seq")) {
            s.setString(1, kind + ":" + id);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getInt(3), r.getString(4),
                            JSON.readTree(r.getString(5))));
                }
            }
            return rows;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
