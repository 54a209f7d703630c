package io.sakit.conformance.cli;

import io.sakit.spec.vector.VectorFile;
import io.sakit.spec.vector.VectorLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates vector files (the kit's own or yours) and exports the kit's vectors and schemas for other harnesses. */
@Command(name = "vectors", mixinStandardHelpOptions = true, description = "Validate or export test vectors.",
        subcommands = {VectorsCommand.Validate.class, VectorsCommand.Export.class})
final class VectorsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Loads each file with the typed loader, which checks schema, counts, ids and flags. */
    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate vector files (default: the kit's own).")
    static final class Validate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", description = "Vector files to validate.")
        private List<Path> files = new ArrayList<>();

        @Option(names = "--debug", description = "Print stack traces of errors.")
        private boolean debug;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (files.isEmpty()) {
                for (String name : VectorLoader.packagedFiles()) {
                    print(out, name, VectorLoader.load(name));
                }
            } else {
                for (Path file : files) {
                    print(out, file.toString(), VectorLoader.load(file));
                }
            }
            return Main.OK;
        }

        private static void print(PrintWriter out, String name, VectorFile file) {
            out.printf("%-24s valid: %d tests, %d flags%n", name, file.header().numberOfTests(), file.header().notes().size());
        }
    }

    /** Copies the kit's vector files and their schemas into a directory. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the kit's vectors and schemas.")
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, description = "Directory to write vectors/ and schemas/ into.")
        private Path out;

        @Option(names = "--debug", description = "Print stack traces of errors.")
        private boolean debug;

        @Override
        public Integer call() throws IOException {
            for (String name : VectorLoader.packagedFiles()) {
                copy("vectors/" + name);
            }
            for (String schema : List.of("oid_request_vectors", "filter_match_vectors", "mac_kat_vectors", "cipher_kat_vectors", "requirements", "report")) {
                copy("schemas/" + schema + ".schema.json");
            }
            spec.commandLine().getOut().println("exported to " + out.toAbsolutePath());
            return Main.OK;
        }

        private void copy(String resource) throws IOException {
            Path target = out.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = VectorsCommand.class.getResourceAsStream("/io/sakit/spec/data/" + resource)) {
                if (in == null) {
                    throw new IOException("the kit has no " + resource);
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
