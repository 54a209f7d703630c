package io.sakit.conformance.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity of the kit that ran: its version, the specification version, and SHA-256 digests of the
 * specification, the requirement catalog, the vectors and the kit's own code, so a report names exactly
 * what judged the implementation.
 */
public final class KitIdentity {

    private static final String DATA = "/io/sakit/spec/data/";
    private static final Map<List<List<String>>, Map<String, String>> DIGESTS = new ConcurrentHashMap<>();

    private KitIdentity() {
    }

    /** Returns the kit version from the build. */
    public static String kitVersion() {
        Properties properties = new Properties();
        try (InputStream in = KitIdentity.class.getResourceAsStream("/io/sakit/conformance/kit.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kit's version", e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** Returns the specification version the kit implements. */
    public static String specVersion() {
        return "1.0";
    }

    /**
     * Returns the digests of the spec, the catalog, the vectors and the kit code, keyed by what they cover. They
     * are computed once per JVM and pair of file lists: neither the kit's code nor its packaged resources change
     * while it runs, and hashing them (the kit's jar can be several megabytes) took longer than some whole runs.
     */
    public static Map<String, String> digests(List<String> requirementFiles, List<String> vectorFiles) {
        return DIGESTS.computeIfAbsent(List.of(List.copyOf(requirementFiles), List.copyOf(vectorFiles)), files -> compute(files.get(0), files.get(1)));
    }

    private static Map<String, String> compute(List<String> requirementFiles, List<String> vectorFiles) {
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("spec", digest(List.of("SPEC.md"), ""));
        digests.put("requirements", digest(requirementFiles, "requirements/"));
        digests.put("vectors", digest(vectorFiles, "vectors/"));
        digests.put("kit", kitDigest());
        return Collections.unmodifiableMap(digests);
    }

    private static String digest(List<String> names, String directory) {
        MessageDigest sha = sha256();
        for (String name : names) {
            try (InputStream in = KitIdentity.class.getResourceAsStream(DATA + directory + name)) {
                if (in == null) {
                    throw new IllegalStateException("kit resource " + directory + name + " is missing");
                }
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read kit resource " + name, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String kitDigest() {
        try {
            Path location = Path.of(KitIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(location)));
            }
            return "classes:" + location.getFileName();
        } catch (IOException | java.net.URISyntaxException | SecurityException e) {
            return "unavailable";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
