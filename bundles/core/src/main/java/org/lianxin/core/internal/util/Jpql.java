package org.lianxin.core.internal.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

/**
 * A filtered, paged JPQL query over one entity: conditions are added only for the filters given, always with
 * parameters, and the page comes with the total count of the same conditions.
 */
public final class Jpql<E> {
    /** The escape character of {@link #containsPattern}. */
    static final char ESCAPE = '!';

    private final Class<E> entity;
    private final String alias;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final List<String[]> hints = new ArrayList<>();
    private String orderBy;

    private Jpql(Class<E> entity, String alias) {
        this.entity = entity;
        this.alias = alias;
        this.orderBy = alias + ".id";
    }

    public static <E> Jpql<E> from(Class<E> entity, String alias) {
        return new Jpql<>(entity, alias);
    }

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public Jpql<E> where(String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /**
     * Adds "one of {@code fields} contains {@code text}", ignoring case and taking {@code %} and {@code _} in the
     * text literally (a search for "10%" finds "10%", not everything starting with 10); nothing when text is null.
     */
    public Jpql<E> whereContains(String name, String text, String... fields) {
        if (text == null) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String f : fields) {
            any.add("UPPER(" + f + ") LIKE :" + name + " ESCAPE '" + ESCAPE + "'");
        }
        return where("(" + String.join(" OR ", any) + ")", name, containsPattern(text));
    }

    /** The upper-cased LIKE pattern matching any value that contains {@code text}. */
    static String containsPattern(String text) {
        StringBuilder sb = new StringBuilder("%");
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }

    /** Adds a condition without parameters. */
    public Jpql<E> where(String condition) {
        where.add(condition);
        return this;
    }

    public Jpql<E> param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public Jpql<E> orderBy(String orderBy) {
        this.orderBy = orderBy;
        return this;
    }

    /** An EclipseLink query hint applied to the page query, e.g. batch fetching of element collections. */
    public Jpql<E> hint(String name, String value) {
        hints.add(new String[] { name, value });
        return this;
    }

    /**
     * The next chunk after {@code afterId} in id order (keyset paging: every chunk costs the same however deep
     * into a long export it is).
     */
    public List<E> chunkAfter(EntityManager em, long afterId, int size) {
        List<String> all = new ArrayList<>(where);
        all.add(alias + ".id > :lxAfter");
        TypedQuery<E> select = em.createQuery("SELECT " + alias + " FROM " + entity.getSimpleName() + " " + alias
                + " WHERE " + String.join(" AND ", all) + " ORDER BY " + alias + ".id", entity);
        params.forEach(select::setParameter);
        hints.forEach(h -> select.setHint(h[0], h[1]));
        return select.setParameter("lxAfter", afterId).setMaxResults(size).getResultList();
    }

    public <T> Page<T> page(EntityManager em, PageRequest page, Function<E, T> mapper) {
        String conditions = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String from = " FROM " + entity.getSimpleName() + " " + alias + conditions;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
        TypedQuery<E> select = em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, entity);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        hints.forEach(h -> select.setHint(h[0], h[1]));
        long total = count.getSingleResult();
        List<T> items = new ArrayList<>();
        if (total > page.offset()) {
            for (E e : select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
                items.add(mapper.apply(e));
            }
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The conditions and their parameters, for logs and tests. */
    @Override
    public String toString() {
        return where + " " + params;
    }
}
