package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** What the per-view caches promise: the same answers as a fresh decode, unmodifiable, safe under concurrent first use. */
class CertificateViewCacheTests {

    private static final ASN1ObjectIdentifier UNKNOWN_EKU = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

    private static CertificateView view() {
        return TestPki.certificate().subject("C=US,O=Example Org,CN=www.example.com")
                .dnsNames("www.example.com", "example.com")
                .ekus(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.getInstance(UNKNOWN_EKU)).view();
    }

    @Test
    void extensionLookupMatchesByValueNotInstance() {
        CertificateView view = view();
        // a fresh OID object, equal to but not the same as the constant
        Extension san = view.extension(new ASN1ObjectIdentifier("2.5.29.17"));
        assertNotNull(san);
        assertSame(san, view.extension(Extension.subjectAlternativeName));
        assertNull(view.extension(Extension.nameConstraints));
        assertNull(view.extensionValue(Extension.nameConstraints));
        assertSame(view.extensionValue(Extension.subjectAlternativeName), view.extensionValue(new ASN1ObjectIdentifier("2.5.29.17")));
        assertEquals(view.extensions().getExtension(Extension.extendedKeyUsage), view.extension(Extension.extendedKeyUsage));
    }

    @Test
    void derivedListsAreDecodedOnceAndUnmodifiable() {
        CertificateView view = view();
        assertEquals(List.of("www.example.com", "example.com"), view.dnsNames());
        assertSame(view.dnsNames(), view.dnsNames());
        assertSame(view.extensionOids(), view.extensionOids());
        assertSame(view.subjectAttributes(), view.subjectAttributes());
        assertEquals(3, view.subjectAttributes().size());
        assertEquals(List.of(KeyPurposeId.id_kp_serverAuth), view.knownExtendedKeyUsages());
        assertEquals(List.of(KeyPurposeId.getInstance(UNKNOWN_EKU)), view.unknownExtendedKeyUsages());
        for (List<?> list : List.of(view.dnsNames(), view.ipAddresses(), view.extensionOids(), view.policyOids(),
                view.knownExtendedKeyUsages(), view.unknownExtendedKeyUsages(), view.subjectAttributes(), view.issuerAttributes())) {
            assertThrows(UnsupportedOperationException.class, () -> list.add(null));
        }
    }

    @Test
    void absentExtensionsReadAsNullOrEmptyEveryTime() {
        CertificateView view = TestPki.certificate().without(Extension.subjectAlternativeName).view();
        for (int i = 0; i < 2; i++) {
            assertNull(view.subjectAltNames());
            assertTrue(view.dnsNames().isEmpty());
            assertTrue(view.policyOids().isEmpty());
        }
    }

    private static final CertificateView.CacheKey COUNTED = new CertificateView.CacheKey("test counted");
    private static final CertificateView.CacheKey NOTHING = new CertificateView.CacheKey("test nothing");

    @Test
    void cachedValuesAreComputedOncePerViewEvenWhenNull() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        CertificateView view = view();
        Object first = view.cached(COUNTED, v -> {
            calls.incrementAndGet();
            return new Object();
        });
        assertSame(first, view.cached(COUNTED, v -> new Object()));
        assertNull(view.cached(NOTHING, v -> {
            calls.incrementAndGet();
            return null;
        }));
        assertNull(view.cached(NOTHING, v -> "computed again"));
        assertEquals(2, calls.get());
        // another view has its own values
        assertTrue(first != view().cached(COUNTED, v -> new Object()));
    }

    @Test
    void aKeyMadeAfterTheViewsSlotsWereLaidOutGrowsThem() {
        CertificateView view = view();
        Object early = view.cached(COUNTED, v -> new Object());
        CertificateView.CacheKey late = new CertificateView.CacheKey("test made late");
        Object value = view.cached(late, v -> "late value");
        assertEquals("late value", value);
        assertSame(value, view.cached(late, v -> "computed again"));
        assertSame(early, view.cached(COUNTED, v -> new Object()), "values cached before the growth stay");
    }

    @Test
    void concurrentFirstUseGivesEqualAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                CertificateView view = view();
                List<Callable<List<Object>>> readers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    readers.add(() -> List.of(view.cached(COUNTED, v -> v.sha256Hex()), view.dnsNames(), view.extensionOids(), view.knownExtendedKeyUsages(),
                            view.subjectAttributes(), view.extension(Extension.extendedKeyUsage), view.extensionValue(Extension.subjectAlternativeName)));
                }
                List<Object> first = null;
                for (Future<List<Object>> answer : pool.invokeAll(readers)) {
                    if (first == null) {
                        first = answer.get();
                    } else {
                        assertEquals(first, answer.get());
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
