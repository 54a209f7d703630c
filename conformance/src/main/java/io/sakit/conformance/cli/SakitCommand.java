package io.sakit.conformance.cli;

import io.sakit.conformance.runner.KitIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: prints usage when called without a subcommand. */
@Command(name = "sakit", mixinStandardHelpOptions = true, versionProvider = SakitCommand.Version.class,
        description = "Conformance kit for NDIS IPsec security-association offload (sakit spec 1.0).",
        subcommands = {CertifyCommand.class, ListCommand.class, VerifyCommand.class, DiffCommand.class, MergeCommand.class, VectorsCommand.class})
public final class SakitCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the kit and specification versions. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sakit " + KitIdentity.kitVersion() + " (spec " + KitIdentity.specVersion() + ")"};
        }
    }
}
