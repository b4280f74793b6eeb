package jp.yamaguchi.katsudo.directory.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads directory entries for the public search, the staff list, the dashboard counts and the CSV
 * export, with JPA Criteria queries built from a {@link DirectorySearch}. Multi-choice filters are
 * {@code exists} subqueries on the code tables (indexed by code), so paging counts entries, not
 * joined rows.
 */
@Service
public class DirectoryFinder {

  /** How many entries the CSV export loads at a time. */
  static final int BATCH = 200;

  private final EntityManager em;

  DirectoryFinder(EntityManager em) {
    this.em = em;
  }

  /** A page of entries matching the search, newest publication first (then newest id). */
  @Transactional(readOnly = true)
  public Page<DirectoryEntry> search(DirectorySearch search, Pageable pageable) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<DirectoryEntry> q = cb.createQuery(DirectoryEntry.class);
    Root<DirectoryEntry> e = q.from(DirectoryEntry.class);
    q.select(e).where(where(search, e, q, cb)).orderBy(newestFirst(e, cb));
    List<DirectoryEntry> rows =
        em.createQuery(q)
            .setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList();
    return new PageImpl<>(rows, pageable, count(search));
  }

  /** How many entries match the search. */
  @Transactional(readOnly = true)
  public long count(DirectorySearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<DirectoryEntry> e = q.from(DirectoryEntry.class);
    q.select(cb.count(e)).where(where(search, e, q, cb));
    return em.createQuery(q).getSingleResult();
  }

  /**
   * Every entry matching the search, newest first, loaded in batches and detached after each batch
   * so memory stays flat however many there are (the CSV export).
   *
   * @return how many entries there were
   */
  @Transactional(readOnly = true)
  public long forEach(DirectorySearch search, Consumer<DirectoryEntry> action) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<DirectoryEntry> e = q.from(DirectoryEntry.class);
    q.select(e.get("id")).where(where(search, e, q, cb)).orderBy(newestFirst(e, cb));
    List<Long> ids = em.createQuery(q).getResultList();
    for (int i = 0; i < ids.size(); i += BATCH) {
      List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
      List<DirectoryEntry> rows =
          em.createQuery("select e from DirectoryEntry e where e.id in :ids", DirectoryEntry.class)
              .setParameter("ids", batch)
              .getResultList();
      Map<Long, DirectoryEntry> byId = new java.util.HashMap<>();
      rows.forEach(r -> byId.put(r.getId(), r));
      for (Long id : batch) {
        DirectoryEntry row = byId.get(id);
        if (row != null) action.accept(row);
      }
      em.clear();
    }
    return ids.size();
  }

  /** Entries in the given review state by type and activity status; zero where there are none. */
  @Transactional(readOnly = true)
  public Map<OrganisationKind, Map<DirectoryStatus, Long>> counts(ReviewState state) {
    Map<OrganisationKind, Map<DirectoryStatus, Long>> out = new EnumMap<>(OrganisationKind.class);
    for (OrganisationKind k : OrganisationKind.values()) {
      Map<DirectoryStatus, Long> row = new EnumMap<>(DirectoryStatus.class);
      for (DirectoryStatus s : DirectoryStatus.values()) row.put(s, 0L);
      out.put(k, row);
    }
    List<Object[]> rows =
        em.createQuery(
                """
                select e.kind, e.status, count(e) from DirectoryEntry e
                where e.review.state = :state group by e.kind, e.status
                """,
                Object[].class)
            .setParameter("state", state)
            .getResultList();
    for (Object[] r : rows) {
      out.get((OrganisationKind) r[0]).put((DirectoryStatus) r[1], (Long) r[2]);
    }
    return out;
  }

  /** How many entries are in the review state. */
  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return em.createQuery(
            "select count(e) from DirectoryEntry e where e.review.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  /** Id, name and last change of every published entry, for the sitemap. */
  @Transactional(readOnly = true)
  public List<Object[]> sitemapRows() {
    return em.createQuery(
            """
            select e.id, e.name, e.updatedAt from DirectoryEntry e
            where e.review.state = :state order by e.id
            """,
            Object[].class)
        .setParameter("state", ReviewState.PUBLISHED)
        .getResultList();
  }

  private static List<Order> newestFirst(Root<DirectoryEntry> e, CriteriaBuilder cb) {
    // entries never published (drafts, 仮登録) sort by creation among themselves
    return List.of(
        cb.desc(cb.coalesce(e.get("review").get("firstPublishedAt"), e.get("createdAt"))),
        cb.desc(e.get("id")));
  }

  private static Predicate[] where(
      DirectorySearch s, Root<DirectoryEntry> e, CriteriaQuery<?> q, CriteriaBuilder cb) {
    List<Predicate> where = new ArrayList<>();
    if (s.state() != null) {
      where.add(cb.equal(e.get("review").get("state"), s.state()));
    } else {
      // unconfirmed public registrations stay out of the staff's lists until confirmed
      where.add(cb.notEqual(e.get("review").get("state"), ReviewState.DRAFT));
    }
    if (s.kind() != null) where.add(cb.equal(e.get("kind"), s.kind()));
    if (s.status() != null) where.add(cb.equal(e.get("status"), s.status()));
    if (s.classification() != null) {
      where.add(cb.equal(e.get("classification"), s.classification()));
    }
    if (s.targetArea() != null) where.add(cb.equal(e.get("targetArea"), s.targetArea()));
    if (s.words() != null) {
      for (String w : s.words().split("[\\s\u3000]+")) {
        if (w.isEmpty()) continue;
        String pattern = Like.containsLower(w);
        where.add(
            cb.or(
                cb.like(cb.lower(e.get("name")), pattern, Like.ESCAPE),
                cb.like(cb.lower(e.get("nameKana")), pattern, Like.ESCAPE),
                cb.like(cb.lower(e.get("activities")), pattern, Like.ESCAPE)));
      }
    }
    if (!s.fields().isEmpty()) {
      where.add(cb.exists(codes(q, cb, e, "activityFields", s.fields())));
    }
    for (String feature : s.features()) {
      where.add(cb.exists(codes(q, cb, e, "features", List.of(feature))));
    }
    if (s.city() != null) {
      where.add(
          cb.or(
              cb.equal(e.get("municipality"), s.city()),
              cb.exists(codes(q, cb, e, "targetMunicipalities", List.of(s.city())))));
    }
    return where.toArray(Predicate[]::new);
  }

  /** {@code exists (select 1 from the entry's code collection where code in (...))}. */
  private static Subquery<Integer> codes(
      CriteriaQuery<?> q,
      CriteriaBuilder cb,
      Root<DirectoryEntry> e,
      String collection,
      java.util.Collection<String> values) {
    Subquery<Integer> sub = q.subquery(Integer.class);
    Root<DirectoryEntry> s = sub.correlate(e);
    var code = s.join(collection);
    sub.select(cb.literal(1)).where(code.in(values));
    return sub;
  }
}
