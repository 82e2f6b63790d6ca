package org.casebook.analysis.lints.support;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/**
 * The qcStatements extension (RFC 3739 3.2.6) decoded once, with the ETSI EN 319 412-5 statements read
 * from it. Lookups follow zlint's reading so results agree: statements are scanned in order and a
 * malformed statement met before the one sought hides it (reported as a problem, not as present);
 * an extension that is not a SEQUENCE OF SEQUENCE counts as present-but-broken for every statement.
 */
public final class QcStatements {

    public static final ASN1ObjectIdentifier EXTENSION = Extension.qCStatements;
    public static final ASN1ObjectIdentifier ETSI_QCS = new ASN1ObjectIdentifier("0.4.0.1862.1");
    public static final ASN1ObjectIdentifier COMPLIANCE = ETSI_QCS.branch("1");
    public static final ASN1ObjectIdentifier LIMIT_VALUE = ETSI_QCS.branch("2");
    public static final ASN1ObjectIdentifier RETENTION_PERIOD = ETSI_QCS.branch("3");
    public static final ASN1ObjectIdentifier SSCD = ETSI_QCS.branch("4");
    public static final ASN1ObjectIdentifier PDS = ETSI_QCS.branch("5");
    public static final ASN1ObjectIdentifier QC_TYPE = ETSI_QCS.branch("6");
    public static final ASN1ObjectIdentifier TYPE_ESIGN = QC_TYPE.branch("1");
    public static final ASN1ObjectIdentifier TYPE_ESEAL = QC_TYPE.branch("2");
    public static final ASN1ObjectIdentifier TYPE_WEB = QC_TYPE.branch("3");
    public static final List<ASN1ObjectIdentifier> TYPES = List.of(TYPE_ESIGN, TYPE_ESEAL, TYPE_WEB);
    static final ASN1ObjectIdentifier PSD2 = new ASN1ObjectIdentifier("0.4.0.19495.2");

    /** The statements zlint treats as "ETSI statements" when deciding whether ETSI rules apply. */
    static final List<ASN1ObjectIdentifier> ETSI_STATEMENTS =
            List.of(COMPLIANCE, LIMIT_VALUE, RETENTION_PERIOD, SSCD, PDS, QC_TYPE, PSD2);

    public record Statement(ASN1ObjectIdentifier oid, ASN1Encodable info) {
    }

    /** What a lookup found: whether the statement is there, and why its content is unusable if it is not. */
    public record Found(boolean present, String problem, Statement statement) {
        boolean wellFormed() {
            return present && problem == null;
        }
    }

    public record PdsLocation(String url, String language) {
    }

    private static final String BROKEN_LIST = "the qcStatements extension is not a SEQUENCE of QCStatement";
    private static final String BROKEN_STATEMENT = "a QCStatement in the extension is not an OID optionally followed by one value";

    private final boolean critical;
    private final boolean outerBroken;
    private final List<Statement> statements;
    /** Whether a malformed statement ended the list early. */
    private final boolean statementBroken;

    private QcStatements(boolean critical, boolean outerBroken, List<Statement> statements, boolean statementBroken) {
        this.critical = critical;
        this.outerBroken = outerBroken;
        this.statements = statements;
        this.statementBroken = statementBroken;
    }

    private static final QcStatements ABSENT = new QcStatements(false, false, List.of(), false);

    /** The last certificate this thread decoded: every ETSI lint asks about the same certificate in turn. */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(WeakReference<CertificateView> certificate, QcStatements statements) {
    }

    /** The decoded extension, or null when the certificate has none. */
    public static QcStatements of(CertificateView certificate) {
        Memo memo = LAST.get();
        if (memo != null && memo.certificate().get() == certificate) {
            return memo.statements() == ABSENT ? null : memo.statements();
        }
        QcStatements decoded = decode(certificate);
        LAST.set(new Memo(new WeakReference<>(certificate), decoded == null ? ABSENT : decoded));
        return decoded;
    }

    private static QcStatements decode(CertificateView certificate) {
        Extension extension = certificate.extension(EXTENSION);
        if (extension == null) {
            return null;
        }
        boolean critical = extension.isCritical();
        ASN1Primitive value;
        try {
            value = ASN1Primitive.fromByteArray(extension.getExtnValue().getOctets());
        } catch (IOException | RuntimeException e) {
            return new QcStatements(critical, true, List.of(), false);
        }
        if (!(value instanceof ASN1Sequence outer)) {
            return new QcStatements(critical, true, List.of(), false);
        }
        List<Statement> statements = new ArrayList<>();
        for (ASN1Encodable element : outer) {
            Statement statement = statement(element);
            if (statement == null) {
                return new QcStatements(critical, false, statements, true);
            }
            statements.add(statement);
        }
        return new QcStatements(critical, false, statements, false);
    }

    private static Statement statement(ASN1Encodable element) {
        if (!(element instanceof ASN1Sequence sequence) || sequence.size() < 1 || sequence.size() > 2
                || !(sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier oid)) {
            return null;
        }
        return new Statement(oid, sequence.size() == 2 ? sequence.getObjectAt(1) : null);
    }

    public boolean critical() {
        return critical;
    }

    /** Statement OIDs in order (only those before any malformed statement). */
    public List<ASN1ObjectIdentifier> oids() {
        return statements.stream().map(Statement::oid).toList();
    }

    public Found find(ASN1ObjectIdentifier sought) {
        if (outerBroken) {
            return new Found(true, BROKEN_LIST, null);
        }
        for (Statement statement : statements) {
            if (statement.oid().equals(sought)) {
                return new Found(true, contentProblem(statement), statement);
            }
        }
        return new Found(false, statementBroken ? BROKEN_STATEMENT : null, null);
    }

    public boolean anyEtsiStatementPresent() {
        for (ASN1ObjectIdentifier oid : ETSI_STATEMENTS) {
            if (find(oid).present()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement's value has the shape EN 319 412-5 gives it; null when it does. */
    private static String contentProblem(Statement statement) {
        ASN1ObjectIdentifier oid = statement.oid();
        ASN1Encodable info = statement.info();
        if (oid.equals(COMPLIANCE) || oid.equals(SSCD)) {
            return info == null ? null : "the statement must carry no statementInfo";
        }
        if (oid.equals(RETENTION_PERIOD)) {
            return info instanceof ASN1Integer i && fitsLong(i.getValue()) ? null : "statementInfo is not an INTEGER number of years";
        }
        if (oid.equals(QC_TYPE)) {
            return qcTypes(info) != null ? null : "statementInfo is not a SEQUENCE OF OBJECT IDENTIFIER";
        }
        if (oid.equals(PDS)) {
            return pdsLocations(info) != null ? null
                    : "statementInfo is not a SEQUENCE OF {IA5String url, PrintableString language}";
        }
        if (oid.equals(LIMIT_VALUE)) {
            return limitValue(info) != null ? null
                    : "statementInfo is not a MonetaryValue {currency (PrintableString or INTEGER), amount, exponent}";
        }
        return null;
    }

    private static boolean fitsLong(BigInteger value) {
        return value.bitLength() < 64;
    }

    public static List<ASN1ObjectIdentifier> qcTypes(ASN1Encodable info) {
        if (!(info instanceof ASN1Sequence sequence)) {
            return null;
        }
        List<ASN1ObjectIdentifier> types = new ArrayList<>();
        for (ASN1Encodable element : sequence) {
            if (!(element instanceof ASN1ObjectIdentifier oid)) {
                return null;
            }
            types.add(oid);
        }
        return types;
    }

    public static List<PdsLocation> pdsLocations(ASN1Encodable info) {
        if (!(info instanceof ASN1Sequence sequence)) {
            return null;
        }
        List<PdsLocation> locations = new ArrayList<>();
        for (ASN1Encodable element : sequence) {
            if (!(element instanceof ASN1Sequence location) || location.size() != 2
                    || !(location.getObjectAt(0) instanceof ASN1IA5String url)
                    || !(location.getObjectAt(1) instanceof ASN1PrintableString language)) {
                return null;
            }
            locations.add(new PdsLocation(url.getString(), language.getString()));
        }
        return locations;
    }

    /** A QcLimitValue: currency as letters or as an ISO 4217 number, amount and exponent. */
    public record LimitValue(String currencyLetters, Long currencyNumber, long amount, long exponent) {
    }

    public static LimitValue limitValue(ASN1Encodable info) {
        if (!(info instanceof ASN1Sequence sequence) || sequence.size() != 3
                || !(sequence.getObjectAt(1) instanceof ASN1Integer amount) || !fitsLong(amount.getValue())
                || !(sequence.getObjectAt(2) instanceof ASN1Integer exponent) || !fitsLong(exponent.getValue())) {
            return null;
        }
        ASN1Encodable currency = sequence.getObjectAt(0);
        if (currency instanceof ASN1Integer number && fitsLong(number.getValue())) {
            return new LimitValue(null, number.getValue().longValue(), amount.getValue().longValue(), exponent.getValue().longValue());
        }
        if (currency instanceof ASN1PrintableString letters) {
            return new LimitValue(letters.getString(), null, amount.getValue().longValue(), exponent.getValue().longValue());
        }
        return null;
    }
}
