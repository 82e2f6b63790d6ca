package org.casebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.casebook.ca.CertificationAuthority;
import org.casebook.search.Excerpts;
import org.casebook.search.SearchQuery;

/**
 * CAs by slug, or by every term in their name, slug or description; not for an issue's name ("Issue X"), which only
 * issues answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaSearch implements SearchKind {

    @Inject
    EntityManager em;

    public record CaHit(String slug, String name, String url, String matched) implements SearchHit {

        @Override
        public String heading() {
            return name;
        }

        @Override
        public String detail() {
            return slug;
        }
    }

    @Override
    public String group() {
        return "cas";
    }

    @Override
    public String title() {
        return "Certificate Authorities";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Found find(SearchQuery query, Paging paging) {
        List<String> terms = query.terms();
        if (query.isIssueName() || terms.isEmpty()) {
            return new Found(List.of(), false);
        }
        TextConditions where = TextConditions.allTerms(terms, "lower(c.name)", "lower(c.slug)", "lower(c.description)");
        List<CertificationAuthority> cas = where.bind(em.createQuery("select c from CertificationAuthority c where " + where.jpql()
                + " order by c.name", CertificationAuthority.class)).setMaxResults(paging.enough()).getResultList();
        List<CaHit> hits = cas.stream().map(ca -> new CaHit(ca.slug, ca.name, "/cas/" + ca.slug, reason(ca, terms))).toList();
        return Found.of(hits, paging);
    }

    private static String reason(CertificationAuthority ca, List<String> terms) {
        if (ca.slug.equals(String.join(" ", terms).toLowerCase(Locale.ROOT))) {
            return "short name " + ca.slug;
        }
        String name = Excerpts.around(ca.name, terms);
        return name != null ? "name: " + name : "description: " + Excerpts.around(ca.description, terms);
    }
}
