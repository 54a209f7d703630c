package io.sakit.conformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps its exit status and both outputs. */
public record Sakit(int status, String out, String err) {

    /** Runs {@code sakit args...}. */
    public static Sakit run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Sakit(status, out.toString(), err.toString());
    }

    /** Returns the error output's lines. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
