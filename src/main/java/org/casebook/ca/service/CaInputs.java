package org.casebook.ca.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.web.WebUrl;

/** What managers send to create or change CAs and ownership events. Dates are ISO strings. */
public final class CaInputs {

    private CaInputs() {
    }

    public record CaInput(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be lower-case letters, digits and '-', at most 64") String slug,
            @NotBlank @Size(max = 512) String name,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code like CN") String country,
            @Size(max = 64) String timeZone,
            @WebUrl String website,
            @Size(max = 65535) String description,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public CaInput(String slug, String name, String country, String timeZone, String website,
                String description) {
            this(slug, name, country, timeZone, website, description, null);
        }

        /** The same input said to be made against {@code version}. */
        public CaInput withVersion(Long version) {
            return new CaInput(slug, name, country, timeZone, website, description, version);
        }
    }

    public record OwnershipInput(
            @NotBlank String effectiveOn,
            @NotBlank @Size(max = 512) String newOwner,
            String newOwnerCa,
            @Size(max = 64) String share,
            String disclosedOn,
            @Size(max = 1024) String disclosedAs,
            @Size(max = 65535) String description,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public OwnershipInput(String effectiveOn, String newOwner, String newOwnerCa, String share, String disclosedOn,
                String disclosedAs, String description) {
            this(effectiveOn, newOwner, newOwnerCa, share, disclosedOn, disclosedAs, description, null);
        }

        /** The same input said to be made against {@code version}. */
        public OwnershipInput withVersion(Long version) {
            return new OwnershipInput(effectiveOn, newOwner, newOwnerCa, share, disclosedOn, disclosedAs, description, version);
        }
    }
}
