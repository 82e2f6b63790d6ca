package org.casebook.security;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The user form's choice of roles. */
@TemplateGlobal
public class RoleChoices {
    static List<String> roleNames = Roles.ALL;
}
