package io.sakit.conformance.cli;

import io.sakit.reports.certificate.CertificateVerifier;
import io.sakit.reports.certificate.KeyDirectory;
import io.sakit.reports.certificate.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies a certificate offline: signature, the report it certifies, and whether its key is trusted. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify certificate.json and the report it certifies, offline.",
        footer = {"Exit status: 0 VALID, 3 UNTRUSTED_KEY, 4 MISSING_REPORT, 5 TAMPERED, 1 unreadable, 2 usage."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", description = "The certificate.json, or the directory holding it.")
    private Path certificate;

    @Option(names = "--keys", description = "Key directory (default: $SAKIT_HOME/keys or ~/.sakit/keys).")
    private Optional<Path> keys = Optional.empty();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        Path file = java.nio.file.Files.isDirectory(certificate) ? certificate.resolve("certificate.json") : certificate;
        KeyDirectory directory = keys.map(KeyDirectory::new).orElseGet(KeyDirectory::fromEnvironment);
        Verification verification = new CertificateVerifier(directory).verify(file);
        spec.commandLine().getOut().println(verification);
        return verification.status().exitCode();
    }
}
