package io.partnerdesk.http.paging;

import java.util.Map;

/**
 * Adds keyset paging on {@code (createdAt, id)} to a JPQL/HQL filter: rows after the cursor, in stable order.
 * Keyset rather than offset paging keeps every page an index range scan and never skips or repeats a row when
 * rows are inserted while a client pages.
 */
public final class Keyset {

    /** Oldest first (timelines, histories) or newest first (inboxes). */
    public enum Order {
        OLDEST_FIRST, NEWEST_FIRST
    }

    private Keyset() {
    }

    /**
     * @param where  a JPQL condition on the entity's fields (no {@code where} keyword), e.g. {@code "partnerId = :partnerId"}
     * @param params the condition's named parameters; the cursor's are added
     * @return the full query text for Panache's {@code find(query, params)}, oldest first
     */
    public static String query(String where, Map<String, Object> params, PageRequest page) {
        return query(null, where, params, page, Order.OLDEST_FIRST);
    }

    /**
     * The same for a query whose entity has an alias (e.g. {@code m} in {@code from Message m left join ...}),
     * in either order.
     */
    public static String query(String alias, String where, Map<String, Object> params, PageRequest page, Order order) {
        String prefix = alias == null ? "" : alias + ".";
        String createdAt = prefix + "createdAt";
        String id = prefix + "id";
        String after = order == Order.OLDEST_FIRST ? ">" : "<";
        StringBuilder query = new StringBuilder(where == null || where.isBlank() ? "1 = 1" : where);
        if (page.after() != null) {
            query.append(" and (").append(createdAt).append(' ').append(after).append(" :cursorCreatedAt or (")
                    .append(createdAt).append(" = :cursorCreatedAt and ").append(id).append(' ').append(after)
                    .append(" :cursorId))");
            params.put("cursorCreatedAt", page.after().createdAt());
            params.put("cursorId", page.after().id());
        }
        String direction = order == Order.OLDEST_FIRST ? "" : " desc";
        return query.append(" order by ").append(createdAt).append(direction).append(", ").append(id).append(direction)
                .toString();
    }
}
