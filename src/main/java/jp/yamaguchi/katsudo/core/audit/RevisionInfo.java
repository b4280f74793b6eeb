package jp.yamaguchi.katsudo.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: when it was made and by whom. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUserListener.class)
public class RevisionInfo {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(name = "revision_at")
  private Instant revisionAt;

  private String username;

  public Long getId() {
    return id;
  }

  public Instant getRevisionAt() {
    return revisionAt;
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }
}
