package jp.yamaguchi.katsudo.directory.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.account.Organisations;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.ReviewWorkflow;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.directory.ImportedDirectoryEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The storage side of {@code DirectoryBulkImport}: batch inserts through JPA. */
@Service
public class DirectoryImporter {

  static final int FLUSH_EVERY = 100;

  private final EntityManager em;
  private final Organisations organisations;
  private final ReviewWorkflow workflow;
  private final FieldCrypto crypto;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DirectoryImporter(
      EntityManager em,
      Organisations organisations,
      ReviewWorkflow workflow,
      FieldCrypto crypto,
      ApplicationEventPublisher events,
      Clock clock) {
    this.em = em;
    this.organisations = organisations;
    this.workflow = workflow;
    this.crypto = crypto;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return em.createQuery("select count(e) from DirectoryEntry e", Long.class).getSingleResult()
        == 0;
  }

  /** Saves the entries in order and returns their ids in the same order. */
  @Transactional
  public List<Long> importAll(List<ImportedDirectoryEntry> items, String actor) {
    List<Long> ids = new ArrayList<>(items.size());
    int n = 0;
    for (ImportedDirectoryEntry in : items) {
      long orgId = organisations.create(in.kind(), in.name(), in.nameKana());
      Review review = Review.imported(in.state(), in.at(), actor, null);
      DirectoryEntry e = new DirectoryEntry(orgId, in.kind(), actor, in.at(), review);
      DirectoryContent c = content(in);
      e.change(
          c,
          in.registrantEmail() == null ? null : crypto.lookupHash(in.registrantEmail()),
          actor,
          in.at());
      em.persist(e);
      workflow.imported(e, actor, null);
      ids.add(e.getId());
      if (++n % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
      }
    }
    events.publishEvent(new ContentChanged(DirectoryEntry.CONTENT_TYPE, null));
    return ids;
  }

  private static DirectoryContent content(ImportedDirectoryEntry in) {
    return new DirectoryContent(
        in.kind(),
        in.status(),
        in.classification(),
        in.name(),
        in.nameKana(),
        in.representativeName(),
        in.representativeTitle(),
        in.contactName(),
        null,
        in.activityFields(),
        in.targetArea(),
        in.targetMunicipalities(),
        in.purpose(),
        in.activities(),
        in.csrActivities(),
        null,
        in.appeal(),
        null,
        null,
        in.postalCode(),
        in.prefecture(),
        in.municipality(),
        in.address(),
        in.phone(),
        in.fax(),
        in.email(),
        in.established(),
        null,
        in.memberCount(),
        in.membershipFee(),
        null,
        null,
        in.url1(),
        in.url1Description(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        in.features(),
        Set.of(),
        in.registrantName(),
        null,
        in.registrantPhone(),
        in.registrantEmail(),
        true);
  }
}
