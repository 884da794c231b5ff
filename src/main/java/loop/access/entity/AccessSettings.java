package loop.access.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The admin password, as a salted PBKDF2 hash (never the password). The row exists once a
 * password was set or cleared from the API; before that the configured preset applies.
 */
@Entity
@Cacheable(false)
@Table(name = "ACCESS_SETTINGS")
public class AccessSettings {

  public static final long ID = 1L;

  @Id private Long id = ID;

  /** {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, or null for "no password". */
  private String passwordHash;

  @Version private int version;

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }
}
