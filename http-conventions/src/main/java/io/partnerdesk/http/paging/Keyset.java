package io.partnerdesk.http.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * Keyset paging on {@code (createdAt, id)} for a criteria query: the rows after the cursor, in a stable order. Keyset
 * rather than offset paging keeps every page an index range scan and never skips or repeats a row when rows are
 * inserted while a client pages. Every paged entity names these two attributes {@code createdAt} and {@code id}.
 */
public final class Keyset {

    /** Oldest first (timelines, histories, catalogues) or newest first (inboxes). */
    public enum Order {
        OLDEST_FIRST,
        NEWEST_FIRST
    }

    private static final String CREATED_AT = "createdAt";
    private static final String ID = "id";

    private Keyset() {
    }

    /** The rows after the page's cursor, or every row when the page has none (the first page). */
    public static Predicate after(CriteriaBuilder cb, Path<?> entity, PageRequest page, Order order) {
        Cursor cursor = page.after();
        if (cursor == null) {
            return cb.conjunction();
        }
        Path<Instant> createdAt = entity.get(CREATED_AT);
        Path<UUID> id = entity.get(ID);
        return order == Order.OLDEST_FIRST
                ? cb.or(cb.greaterThan(createdAt, cursor.createdAt()),
                        cb.and(cb.equal(createdAt, cursor.createdAt()), cb.greaterThan(id, cursor.id())))
                : cb.or(cb.lessThan(createdAt, cursor.createdAt()),
                        cb.and(cb.equal(createdAt, cursor.createdAt()), cb.lessThan(id, cursor.id())));
    }

    /** {@code createdAt, id} in the page's direction; the id breaks ties between equal times. */
    public static List<jakarta.persistence.criteria.Order> orderBy(CriteriaBuilder cb, Path<?> entity, Order order) {
        Path<Instant> createdAt = entity.get(CREATED_AT);
        Path<UUID> id = entity.get(ID);
        return order == Order.OLDEST_FIRST
                ? List.of(cb.asc(createdAt), cb.asc(id))
                : List.of(cb.desc(createdAt), cb.desc(id));
    }
}
