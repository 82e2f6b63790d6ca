package org.casebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.issue.Issue;
import org.casebook.search.Excerpts;
import org.casebook.search.SearchQuery;

/** Issues by letter ("S", "issue S"), by a former name ("Issue X"), then by every term in their title, texts or names. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueSearch implements SearchKind {

    @Inject
    EntityManager em;

    public record IssueHit(String ca, String letter, String title, String url, String matched) implements SearchHit {

        @Override
        public String heading() {
            return "Issue " + letter + ": " + title;
        }

        @Override
        public String detail() {
            return ca;
        }
    }

    @Override
    public String group() {
        return "issues";
    }

    @Override
    public String title() {
        return "Issues";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Found find(SearchQuery query, Paging paging) {
        Map<Long, IssueHit> hits = new LinkedHashMap<>();
        String typed = query.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        // Former names first: "Issue X" is what people called it in the discussion.
        for (Issue issue : em.createQuery("select distinct i from Issue i join fetch i.ca join i.aliases a where lower(a) = ?1"
                + " order by i.ca.slug, i.letter", Issue.class).setParameter(1, typed).getResultList()) {
            hits.putIfAbsent(issue.id, hit(issue, "former name " + issue.aliases.stream()
                    .filter(a -> a.toLowerCase(Locale.ROOT).equals(typed)).findFirst().orElse(query.text())));
        }
        if (query.issueLetter() != null) {
            for (Issue issue : em.createQuery("select i from Issue i join fetch i.ca where lower(i.letter) = ?1 order by i.ca.slug",
                    Issue.class).setParameter(1, query.issueLetter().toLowerCase(Locale.ROOT)).getResultList()) {
                hits.putIfAbsent(issue.id, hit(issue, "letter " + issue.letter));
            }
        }
        List<String> terms = query.terms();
        if (!query.isIssueName() && !terms.isEmpty()) {
            TextConditions where = TextConditions.allTerms(terms, "lower(i.title)", "lower(i.body)", "lower(i.assessment)");
            List<Issue> issues = where.bind(em.createQuery("select i from Issue i join fetch i.ca where " + where.jpql()
                    + " order by i.ca.slug, i.letter", Issue.class)).setMaxResults(paging.enough() + hits.size()).getResultList();
            for (Issue issue : issues) {
                hits.putIfAbsent(issue.id, hit(issue, textReason(issue, terms)));
            }
        }
        return Found.of(new ArrayList<>(hits.values()), paging);
    }

    private static IssueHit hit(Issue issue, String matched) {
        return new IssueHit(issue.ca.slug, issue.letter, issue.title, "/cas/" + issue.ca.slug + "/issues/" + issue.letter, matched);
    }

    private static String textReason(Issue issue, List<String> terms) {
        String title = Excerpts.around(issue.title, terms);
        if (title != null) {
            return "title: " + title;
        }
        String body = Excerpts.around(issue.body, terms);
        if (body != null) {
            return "text: " + body;
        }
        return "assessment: " + Excerpts.around(issue.assessment, terms);
    }
}
