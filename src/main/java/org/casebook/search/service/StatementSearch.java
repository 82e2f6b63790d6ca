package org.casebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.issue.CaStatement;
import org.casebook.search.Excerpts;
import org.casebook.search.SearchQuery;

/** The CAs' statements with every term in their text or speaker. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementSearch implements SearchKind {

    @Inject
    EntityManager em;

    public record StatementHit(long id, String ca, String letter, String speaker, String statedOn, String url, String matched)
            implements SearchHit {

        @Override
        public String heading() {
            return (speaker == null ? "Statement" : speaker) + (statedOn == null ? "" : ", " + statedOn);
        }

        @Override
        public String detail() {
            return "on issue " + letter + " of " + ca;
        }
    }

    @Override
    public String group() {
        return "statements";
    }

    @Override
    public String title() {
        return "Statements";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Found find(SearchQuery query, Paging paging) {
        List<String> terms = query.terms();
        if (query.isIssueName() || terms.isEmpty()) {
            return new Found(List.of(), false);
        }
        TextConditions where = TextConditions.allTerms(terms, "lower(s.text)", "lower(s.speaker)");
        List<CaStatement> statements = where.bind(em.createQuery("select s from CaStatement s join fetch s.issue i join fetch i.ca where "
                + where.jpql() + " order by i.ca.slug, i.letter, s.statedOn nulls last, s.id", CaStatement.class))
                .setMaxResults(paging.enough()).getResultList();
        List<StatementHit> hits = statements.stream().map(s -> new StatementHit(s.id, s.issue.ca.slug, s.issue.letter, s.speaker, s.statedOn,
                "/cas/" + s.issue.ca.slug + "/issues/" + s.issue.letter + "#statements", reason(s, terms))).toList();
        return Found.of(hits, paging);
    }

    private static String reason(CaStatement statement, List<String> terms) {
        String text = Excerpts.around(statement.text, terms);
        return text != null ? "text: " + text : "speaker: " + statement.speaker;
    }
}
