package jp.yamaguchi.katsudo.account;

import java.time.Clock;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.domain.Organisation;
import jp.yamaguchi.katsudo.account.domain.OrganisationRepository;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared organisation records (団体・NPO・企業) for modules that list or register them without a
 * member account, such as the Supernet directory: a directory registration creates the record, and
 * a member account created later (or an Aikasanet membership) acts for the same record. The contact
 * person's private data stays behind {@link MemberAccounts#detail}.
 */
@Service
public class Organisations {

  private final OrganisationRepository organisations;
  private final Clock clock;

  Organisations(OrganisationRepository organisations, Clock clock) {
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Creates an organisation record with its name and returns its id. */
  @Transactional
  public long create(OrganisationKind kind, String name, String nameKana) {
    return organisations.save(new Organisation(kind, name, nameKana, clock.instant())).getId();
  }

  /** Changes the kind, name and ふりがな (e.g. when its directory entry is published changed). */
  @Transactional
  public void rename(long id, OrganisationKind kind, String name, String nameKana) {
    Organisation o =
        organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    o.rename(kind, name, nameKana, clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<OrganisationRef> get(long id) {
    return organisations
        .findById(id)
        .map(o -> new OrganisationRef(o.getId(), o.getKind(), o.getName(), o.getNameKana()));
  }
}
