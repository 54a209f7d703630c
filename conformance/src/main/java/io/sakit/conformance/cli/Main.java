package io.sakit.conformance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of the {@code sakit} command line. */
public final class Main {

    /** Exit status of a conformant run, or of a partial run in which nothing failed. */
    public static final int OK = 0;
    /** Exit status of a nonconformant run. */
    public static final int NONCONFORMANT = 1;
    /** Exit status of a usage, configuration or infrastructure error. */
    public static final int ERROR = 2;

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SakitCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, parsedArgs) -> {
            err.println("sakit: " + e.getMessage());
            err.println("try: sakit " + e.getCommandLine().getCommandName().replace("sakit", "").trim() + " --help");
            return ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("sakit: " + oneLine(e));
            if (cmd.getParseResult().hasMatchedOption("--debug")) {
                e.printStackTrace(err);
            }
            return ERROR;
        });
        return commandLine.execute(args);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
