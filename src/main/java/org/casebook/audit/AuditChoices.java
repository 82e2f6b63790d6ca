package org.casebook.audit;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The audit form's choice of opinions. */
@TemplateGlobal
public class AuditChoices {
    static List<AuditOpinion> auditOpinions = List.of(AuditOpinion.values());
}
