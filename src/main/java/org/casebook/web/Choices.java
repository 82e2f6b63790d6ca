package org.casebook.web;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.casebook.audit.AuditOpinion;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.security.Roles;

/** The fixed choices that edit forms offer in their select boxes. */
@TemplateGlobal
public class Choices {
    static List<IssueStatus> issueStatuses = List.of(IssueStatus.values());
    static List<IssueCategory> issueCategories = List.of(IssueCategory.values());
    static List<StatementKind> statementKinds = List.of(StatementKind.values());
    static List<ReferenceKind> referenceKinds = List.of(ReferenceKind.values());
    static List<AuditOpinion> auditOpinions = List.of(AuditOpinion.values());
    static List<String> roleNames = Roles.ALL;
}
