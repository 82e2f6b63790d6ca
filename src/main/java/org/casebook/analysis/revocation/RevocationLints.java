package org.casebook.analysis.revocation;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSpec;

/**
 * Every {@link CrlLint} and {@link OcspResponseLint} under {@code org.casebook.analysis.lints}, found by the same
 * class-path scan as the certificate lints (which that registry skips): adding a lint is adding a class.
 * Codes are unique across both kinds. The stale-findings fingerprint of {@link LintRegistry} already covers
 * these classes, since it hashes every class of the analysis engine.
 */
public final class RevocationLints {

    static final String LINT_PACKAGE = "org.casebook.analysis.lints";

    private static volatile RevocationLints defaultLints;

    private final Map<String, CrlLint> crlLints;
    private final Map<String, OcspResponseLint> ocspLints;

    RevocationLints(List<CrlLint> crl, List<OcspResponseLint> ocsp) {
        this.crlLints = byCode(crl, CrlLint::metadata);
        this.ocspLints = byCode(ocsp, OcspResponseLint::metadata);
        for (String code : crlLints.keySet()) {
            if (ocspLints.containsKey(code)) {
                throw new IllegalStateException("two lints named " + code);
            }
        }
    }

    public static RevocationLints discover() {
        RevocationLints lints = defaultLints;
        if (lints == null) {
            synchronized (RevocationLints.class) {
                lints = defaultLints;
                if (lints == null) {
                    lints = scan(LINT_PACKAGE);
                    defaultLints = lints;
                }
            }
        }
        return lints;
    }

    static RevocationLints scan(String packageName) {
        List<CrlLint> crl = new ArrayList<>();
        List<OcspResponseLint> ocsp = new ArrayList<>();
        List<String> withoutSpec = new ArrayList<>();
        ClassLoader loader = RevocationLints.class.getClassLoader();
        for (String name : LintRegistry.findClassNames(packageName, false)) {
            try {
                Class<?> type = Class.forName(name, true, loader);
                boolean isCrl = CrlLint.class.isAssignableFrom(type);
                boolean isOcsp = OcspResponseLint.class.isAssignableFrom(type);
                if (!isCrl && !isOcsp || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                if (!type.isAnnotationPresent(LintSpec.class)) {
                    withoutSpec.add(name);
                    continue;
                }
                Object lint = type.getDeclaredConstructor().newInstance();
                if (isCrl) {
                    crl.add((CrlLint) lint);
                } else {
                    ocsp.add((OcspResponseLint) lint);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate lint " + name, e);
            }
        }
        if (!withoutSpec.isEmpty()) {
            throw new IllegalStateException("lint class(es) without @LintSpec: " + String.join(", ", withoutSpec));
        }
        return new RevocationLints(crl, ocsp);
    }

    private static <L> Map<String, L> byCode(List<L> lints, Function<L, LintMetadata> metadata) {
        Map<String, L> byCode = new LinkedHashMap<>();
        lints.stream().sorted(Comparator.comparing(l -> metadata.apply(l).code())).forEach(lint -> {
            if (byCode.put(metadata.apply(lint).code(), lint) != null) {
                throw new IllegalStateException("two lints named " + metadata.apply(lint).code());
            }
        });
        return Collections.unmodifiableMap(byCode);
    }

    public List<CrlLint> crlLints() {
        return List.copyOf(crlLints.values());
    }

    public List<OcspResponseLint> ocspLints() {
        return List.copyOf(ocspLints.values());
    }

    public Optional<CrlLint> crlLint(String code) {
        return Optional.ofNullable(crlLints.get(code));
    }

    public Optional<OcspResponseLint> ocspLint(String code) {
        return Optional.ofNullable(ocspLints.get(code));
    }

    /** Every CRL lint's verdict on {@code crl}, by code. */
    public Map<String, LintResult> lint(CrlView crl) {
        Map<String, LintResult> results = new LinkedHashMap<>();
        crlLints.forEach((code, lint) -> results.put(code, lint.run(crl)));
        return results;
    }

    /** Every OCSP response lint's verdict on {@code response}, by code. */
    public Map<String, LintResult> lint(OcspResponseView response) {
        Map<String, LintResult> results = new LinkedHashMap<>();
        ocspLints.forEach((code, lint) -> results.put(code, lint.run(response)));
        return results;
    }
}
