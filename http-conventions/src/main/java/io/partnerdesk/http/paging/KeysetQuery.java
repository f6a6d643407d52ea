package io.partnerdesk.http.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;

/**
 * One page of one entity's list, built as a criteria query from the filters a client set: each filter is a
 * predicate added only when the client gave it, instead of a query string grown by hand. For example:
 *
 * <pre>{@code
 * KeysetQuery.of(em, Subscription.class)
 *         .whereEqual(Subscription_.customerId, customerId)
 *         .whereEqual(Subscription_.status, status)   // no filter when status is null
 *         .page(page);
 * }</pre>
 */
public final class KeysetQuery<T> {

    private final EntityManager em;
    private final CriteriaBuilder cb;
    private final CriteriaQuery<T> query;
    private final Root<T> root;
    private final Keyset.Order order;
    private final List<Predicate> conditions = new ArrayList<>();

    private KeysetQuery(EntityManager em, Class<T> entity, Keyset.Order order) {
        this.em = em;
        this.cb = em.getCriteriaBuilder();
        this.query = cb.createQuery(entity);
        this.root = query.from(entity);
        this.order = order;
    }

    /** Oldest first, the order of every list but inboxes. */
    public static <T> KeysetQuery<T> of(EntityManager em, Class<T> entity) {
        return new KeysetQuery<>(em, entity, Keyset.Order.OLDEST_FIRST);
    }

    public static <T> KeysetQuery<T> of(EntityManager em, Class<T> entity, Keyset.Order order) {
        return new KeysetQuery<>(em, entity, order);
    }

    /** Adds a condition on the entity, built from its root and the criteria builder. */
    public KeysetQuery<T> where(BiFunction<Root<T>, CriteriaBuilder, Predicate> condition) {
        conditions.add(condition.apply(root, cb));
        return this;
    }

    /** A condition that depends on a filter value, added only when the client gave one. */
    public <V> KeysetQuery<T> whereGiven(V value, Filter<T, V> condition) {
        if (value != null) {
            conditions.add(condition.on(root, cb, value));
        }
        return this;
    }

    /** A filter's condition for a given value. */
    @FunctionalInterface
    public interface Filter<T, V> {
        Predicate on(Root<T> entity, CriteriaBuilder cb, V value);
    }

    /** {@code attribute = value}, or no condition at all when the client gave no value. */
    public <V> KeysetQuery<T> whereEqual(SingularAttribute<? super T, V> attribute, V value) {
        if (value != null) {
            conditions.add(cb.equal(root.get(attribute), value));
        }
        return this;
    }

    /** The page: at most {@link PageRequest#fetchSize()} rows after the cursor, so the caller learns if more follow. */
    public List<T> page(PageRequest page) {
        conditions.add(Keyset.after(cb, root, page, order));
        query.select(root).where(conditions.toArray(Predicate[]::new)).orderBy(Keyset.orderBy(cb, root, order));
        return em.createQuery(query).setMaxResults(page.fetchSize()).getResultList();
    }
}
