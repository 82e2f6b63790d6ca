package org.casebook.ca;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import org.casebook.web.ApiException;
import org.hibernate.envers.Audited;

/** A certification authority whose conduct a root program follows: one case file. */
@Entity
@Table(name = "certification_authority")
@Audited
public class CertificationAuthority extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<CertificationAuthority, Object>> AUDITED_FIELDS = AuditedFields.of(CertificationAuthority.class)
            .with("slug", c -> c.slug)
            .with("name", c -> c.name)
            .with("country", c -> c.country)
            .with("timeZone", c -> c.timeZone)
            .with("website", c -> c.website)
            .with("description", c -> c.description)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    /** Lower-case identifier used in URLs, e.g. {@code wosign}. */
    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 512)
    public String name;

    /** ISO 3166 alpha-2 code of the jurisdiction the CA operates under. */
    @Column(length = 2)
    public String country;

    /** IANA time zone of the jurisdiction; working-day analysis reads dates in it. */
    @Column(length = 64)
    public String timeZone;

    @Column(length = 2048)
    public String website;

    @Column(length = 65535)
    public String description;

    public static Optional<CertificationAuthority> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The CA with this slug, or a 404 naming the slug. */
    public static CertificationAuthority withSlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> ApiException.notFound("no CA with slug '" + slug + "'"));
    }

    public static List<CertificationAuthority> listByName() {
        return list("order by name");
    }
}
