package io.sakit.reports.certificate;

import io.sakit.reports.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The kit's keys, kept outside any repository: {@code $SAKIT_HOME/keys} when the variable is set, else
 * {@code ~/.sakit/keys}. It holds the kit's signing key {@value #PRIVATE_KEY} (PKCS#8 PEM, generated on first
 * use, readable by the owner only where the file system has POSIX modes), its public key
 * {@value #PUBLIC_KEY}, and {@code trusted/} with the public keys (PEM files) of other kits whose
 * certificates this kit accepts. The kit's own key is always trusted.
 */
public final class KeyDirectory {

    /** The signing key's file name. */
    public static final String PRIVATE_KEY = "kit-ed25519.key";
    /** The public key's file name. */
    public static final String PUBLIC_KEY = "kit-ed25519.pub";
    /** The folder of other trusted public keys. */
    public static final String TRUSTED = "trusted";

    private final Path directory;

    /** Uses {@code directory} as the key directory; nothing is created until a key is needed. */
    public KeyDirectory(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** Returns the key directory of this environment: {@code $SAKIT_HOME/keys}, else {@code <user.home>/.sakit/keys}. */
    public static KeyDirectory fromEnvironment() {
        return new KeyDirectory(location(System.getenv(), System.getProperty("user.home")));
    }

    /** Returns the key directory for these environment variables and home directory. */
    public static Path location(Map<String, String> environment, String userHome) {
        String home = environment.get("SAKIT_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "keys") : Path.of(userHome, ".sakit", "keys");
    }

    /** Returns the directory. */
    public Path path() {
        return directory;
    }

    /**
     * Returns the kit's signing key, generating and storing it (with its public key) on first use.
     *
     * @throws IOException when the directory cannot hold the key, or the key file is not an Ed25519 key
     */
    public Ed25519PrivateKeyParameters signingKey() throws IOException {
        Path file = directory.resolve(PRIVATE_KEY);
        if (!Files.exists(file)) {
            generate(file);
        }
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(parse(file, true), 0);
        writePublicIfMissing(key.generatePublicKey());
        return key;
    }

    private void generate(Path file) throws IOException {
        createDirectory();
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        try {
            AtomicFiles.create(file, KeyPem.privateKey(key.getEncoded()).getBytes(StandardCharsets.US_ASCII), AtomicFiles.OWNER_ONLY);
        } catch (FileAlreadyExistsException e) {
            return;
        }
    }

    private void createDirectory() throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private void writePublicIfMissing(Ed25519PublicKeyParameters key) throws IOException {
        Path file = directory.resolve(PUBLIC_KEY);
        if (!Files.exists(file)) {
            AtomicFiles.write(file, KeyPem.publicKey(key.getEncoded()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Returns the kit's own public key, if the kit has one yet; never creates a key. */
    public Optional<byte[]> ownPublicKey() throws IOException {
        Path privateFile = directory.resolve(PRIVATE_KEY);
        if (Files.exists(privateFile)) {
            return Optional.of(new Ed25519PrivateKeyParameters(parse(privateFile, true), 0).generatePublicKey().getEncoded());
        }
        Path publicFile = directory.resolve(PUBLIC_KEY);
        return Files.exists(publicFile) ? Optional.of(parse(publicFile, false)) : Optional.empty();
    }

    /** Returns the trusted public keys: the kit's own and every PEM public key in {@code trusted/}, each as raw bytes. */
    public List<byte[]> trustedKeys() throws IOException {
        List<byte[]> keys = new ArrayList<>();
        ownPublicKey().ifPresent(keys::add);
        Path trusted = directory.resolve(TRUSTED);
        if (Files.isDirectory(trusted)) {
            try (Stream<Path> files = Files.list(trusted)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    keys.add(parse(file, false));
                }
            }
        }
        return keys;
    }

    /** Returns whether {@code publicKey} is trusted. */
    public boolean trusts(byte[] publicKey) throws IOException {
        String wanted = HexFormat.of().formatHex(publicKey);
        return trustedKeys().stream().map(HexFormat.of()::formatHex).anyMatch(wanted::equals);
    }

    private static byte[] parse(Path file, boolean privateKey) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        try {
            return privateKey ? KeyPem.parsePrivate(text) : KeyPem.parsePublic(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
