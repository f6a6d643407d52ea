package io.partnerdesk.http.paging;

import java.util.Map;

/**
 * Adds keyset paging on {@code (createdAt, id)} to a JPQL/HQL filter: rows after the cursor, in stable order.
 * Keyset rather than offset paging keeps every page an index range scan and never skips or repeats a row when
 * rows are inserted while a client pages.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * @param where  a JPQL condition on the entity's fields (no {@code where} keyword), e.g. {@code "partnerId = :partnerId"}
     * @param params the condition's named parameters; the cursor's are added
     * @return the full query text for Panache's {@code find(query, params)}
     */
    public static String query(String where, Map<String, Object> params, PageRequest page) {
        StringBuilder query = new StringBuilder(where == null || where.isBlank() ? "1 = 1" : where);
        if (page.after() != null) {
            query.append(" and (createdAt > :cursorCreatedAt or (createdAt = :cursorCreatedAt and id > :cursorId))");
            params.put("cursorCreatedAt", page.after().createdAt());
            params.put("cursorId", page.after().id());
        }
        return query.append(" order by createdAt, id").toString();
    }
}
