package io.sakit.conformance.adapter.exec;

import io.sakit.conformance.adapter.AdapterFamily;
import io.sakit.spec.spi.AdapterProvider;
import java.time.Duration;

/** The adapter family {@code exec:<command line>}, registered with {@link java.util.ServiceLoader}. */
public final class ExecFamily implements AdapterFamily {

    /** The prefix of exec adapter ids. */
    public static final String PREFIX = "exec:";

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public String usage() {
        return PREFIX + "<command line>";
    }

    @Override
    public String description() {
        return "an implementation in any language, run as a child process speaking " + Protocol.NAME + " (spec/STDIO-PROTOCOL.md)";
    }

    @Override
    public AdapterProvider provider(String rest, Duration callLimit) {
        return new ExecProvider(rest, callLimit);
    }
}
