package jp.yamaguchi.katsudo.page.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.audit.RevisionInfo;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A page's revisions as Envers recorded them: the list, and the page as it was at each. */
@Service
@Transactional(readOnly = true)
public class PageHistory {

  private final EntityManager entityManager;

  public PageHistory(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(entityManager);
  }

  /** The revisions of a page, newest first. */
  public org.springframework.data.domain.Page<PageRevision> revisions(long id, Pageable pageable) {
    long total =
        ((Number)
                reader()
                    .createQuery()
                    .forRevisionsOfEntity(Page.class, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addProjection(AuditEntity.revisionNumber().count())
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(Page.class, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList();
    List<PageRevision> revisions =
        rows.stream()
            .map(
                r -> {
                  Page page = (Page) r[0];
                  RevisionInfo info = (RevisionInfo) r[1];
                  RevisionType type = (RevisionType) r[2];
                  String kind =
                      type == RevisionType.DEL
                          ? "DELETE"
                          : page.getLastAction() == null
                              ? (type == RevisionType.ADD ? "CREATE" : "UPDATE")
                              : page.getLastAction().name();
                  return new PageRevision(
                      info.getId(),
                      info.getRevisionAt(),
                      info.getUsername(),
                      kind,
                      page.getTitle());
                })
            .toList();
    return new PageImpl<>(revisions, pageable, total);
  }

  /** The page as it was at a revision (empty when the page had no such revision). */
  public Optional<Page> at(long id, long revision) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(Page.class, false, true)
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.revisionNumber().eq(revision))
            .getResultList();
    return rows.stream().filter(r -> r[2] != RevisionType.DEL).map(r -> (Page) r[0]).findFirst();
  }

  /** The revision number before the given one, if any. */
  public Optional<Long> previous(long id, long revision) {
    Object max =
        reader()
            .createQuery()
            .forRevisionsOfEntity(Page.class, true, false)
            .addProjection(AuditEntity.revisionNumber().max())
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.revisionNumber().lt(revision))
            .getSingleResult();
    return max == null ? Optional.empty() : Optional.of(((Number) max).longValue());
  }

  /** When and by whom a revision was made. */
  public Optional<PageRevision> describe(long id, long revision) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(Page.class, false, true)
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.revisionNumber().eq(revision))
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Page page = (Page) r[0];
              RevisionInfo info = (RevisionInfo) r[1];
              String kind =
                  r[2] == RevisionType.DEL
                      ? "DELETE"
                      : page.getLastAction() == null ? "UPDATE" : page.getLastAction().name();
              return new PageRevision(
                  info.getId(), info.getRevisionAt(), info.getUsername(), kind, page.getTitle());
            })
        .findFirst();
  }
}
