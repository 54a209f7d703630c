package io.sakit.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's style sheet and script, packaged beside this class and inlined into every report, and the
 * content security policy that allows exactly these two and nothing from the network.
 */
final class Assets {

    static final String CSS = load("report.css");
    static final String SCRIPT = load("report.js");

    private Assets() {
    }

    private static String load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("HTML report asset " + name + " is missing from the kit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML report asset " + name, e);
        }
    }

    /** Returns the policy: no source at all by default, the inline style and script by their SHA-256, images only as data URLs. */
    static String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + hash(CSS) + "'; script-src '" + hash(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
