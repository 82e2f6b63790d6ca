package org.casebook.analysis;

import java.io.File;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every {@link CertificateLint} under {@code org.casebook.analysis.lints}, found by scanning the
 * package on the class path (a directory in tests, a jar when packaged): adding a lint is adding a class.
 * A concrete lint class without {@link LintSpec} fails discovery rather than being left out unseen.
 */
public final class LintRegistry {

    static final String LINT_PACKAGE = "org.casebook.analysis.lints";
    private static final String ENGINE_PACKAGE = "org.casebook.analysis";

    private static volatile LintRegistry defaultRegistry;

    private final Map<String, CertificateLint> lintsByCode;

    public LintRegistry(List<CertificateLint> lints) {
        Map<String, CertificateLint> byCode = new LinkedHashMap<>();
        lints.stream().sorted(Comparator.comparing(l -> l.metadata().code())).forEach(lint -> {
            CertificateLint previous = byCode.put(lint.metadata().code(), lint);
            if (previous != null) {
                throw new IllegalStateException("two lints named " + lint.metadata().code() + ": "
                        + previous.getClass().getName() + " and " + lint.getClass().getName());
            }
        });
        this.lintsByCode = Collections.unmodifiableMap(byCode);
    }

    /** The registry of every lint class in the lints package. */
    public static LintRegistry discover() {
        LintRegistry registry = defaultRegistry;
        if (registry == null) {
            synchronized (LintRegistry.class) {
                registry = defaultRegistry;
                if (registry == null) {
                    registry = scan(LINT_PACKAGE);
                    defaultRegistry = registry;
                }
            }
        }
        return registry;
    }

    public List<CertificateLint> lints() {
        return List.copyOf(lintsByCode.values());
    }

    public Optional<CertificateLint> byCode(String code) {
        return Optional.ofNullable(lintsByCode.get(code));
    }

    /**
     * Changes when a lint is added or removed, its metadata changes, or any class of the analysis engine
     * changes: a lint's verdict also depends on its family's base class, the support helpers and the
     * certificate view, so hashing the lint classes alone would leave findings stale after such a change.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CertificateLint lint : lintsByCode.values()) {
                digest.update(lint.metadata().toString().getBytes(StandardCharsets.UTF_8));
            }
            ClassLoader loader = LintRegistry.class.getClassLoader();
            for (String name : fingerprintedClasses()) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class of the analysis engine, nested classes included, whose bytes go into {@link #fingerprint()}. */
    static List<String> fingerprintedClasses() {
        return findClassNames(ENGINE_PACKAGE, true);
    }

    /** The registry of every concrete lint class in {@code packageName} and below (tests scan packages of their own). */
    static LintRegistry scan(String packageName) {
        return new LintRegistry(instantiate(findClassNames(packageName, false)));
    }

    private static List<CertificateLint> instantiate(List<String> classNames) {
        ClassLoader loader = LintRegistry.class.getClassLoader();
        List<CertificateLint> lints = new ArrayList<>();
        List<String> withoutSpec = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, true, loader);
                if (!CertificateLint.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                if (!type.isAnnotationPresent(LintSpec.class)) {
                    withoutSpec.add(name);
                    continue;
                }
                lints.add((CertificateLint) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate lint " + name, e);
            }
        }
        if (!withoutSpec.isEmpty()) {
            throw new IllegalStateException("lint class(es) without @LintSpec (a lint declares its code, citation and source): "
                    + String.join(", ", withoutSpec));
        }
        return lints;
    }

    /** The classes in {@code packageName} and below on the class path (the revocation lints' registry scans too). */
    public static List<String> findClassNames(String packageName, boolean withNested) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = LintRegistry.class.getClassLoader().getResources(path);
            while (roots.hasMoreElements()) {
                collect(roots.nextElement(), packageName, withNested, names);
            }
            if (names.isEmpty()) {
                // Some class loaders do not list directories; fall back to where this class was loaded from.
                URL self = LintRegistry.class.getResource(LintRegistry.class.getSimpleName() + ".class");
                if (self != null) {
                    String text = self.toString();
                    String base = text.substring(0, text.length() - (LintRegistry.class.getName().replace('.', '/') + ".class").length());
                    collect(new URL(base + path), packageName, withNested, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(names);
    }

    private static void collect(URL root, String packageName, boolean withNested, TreeSet<String> names) throws IOException {
        String path = packageName.replace('.', '/');
        switch (root.getProtocol()) {
            case "file" -> collectFromDirectory(root, packageName, withNested, names);
            case "jar" -> collectFromJar(((JarURLConnection) root.openConnection()).getJarFile(), path, withNested, names);
            default -> collectFromJarPath(root, path, withNested, names);
        }
    }

    private static void collectFromDirectory(URL root, String packageName, boolean withNested, TreeSet<String> names)
            throws IOException {
        Path dir;
        try {
            dir = Paths.get(root.toURI());
        } catch (URISyntaxException e) {
            dir = Paths.get(URLDecoder.decode(root.getPath(), StandardCharsets.UTF_8));
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path base = dir;
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".class") && (withNested || !p.getFileName().toString().contains("$")))
                    .forEach(p -> {
                        String relative = base.relativize(p).toString().replace(File.separatorChar, '.');
                        names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
                    });
        }
    }

    /** For class loaders with their own URL schemes, try to find the jar named inside the URL. */
    private static void collectFromJarPath(URL root, String path, boolean withNested, TreeSet<String> names) throws IOException {
        String text = URLDecoder.decode(root.getPath(), StandardCharsets.UTF_8);
        int bang = text.indexOf("!/");
        String jarPath = bang >= 0 ? text.substring(0, bang) : text;
        if (jarPath.startsWith("file:")) {
            jarPath = jarPath.substring("file:".length());
        }
        File file = new File(jarPath);
        if (file.isFile()) {
            try (JarFile jar = new JarFile(file)) {
                collectFromJar(jar, path, withNested, names);
            }
        }
    }

    private static void collectFromJar(JarFile jar, String path, boolean withNested, TreeSet<String> names) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(path + "/") && name.endsWith(".class") && (withNested || !name.contains("$"))) {
                names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
    }
}
