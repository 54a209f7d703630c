package io.sakit.conformance.adapter.exec;

import io.sakit.spec.spi.AdapterOptions;
import io.sakit.spec.spi.AdapterProvider;
import io.sakit.spec.spi.OffloadAdapter;
import java.time.Duration;

/**
 * Provides the adapter {@code exec:<command line>}: an implementation in a child process that speaks sakit stdio
 * protocol 1. Its description names the implementation once a handshake has told its name and version.
 */
public final class ExecProvider implements AdapterProvider {

    private final String commandLine;
    private final Duration kitCallLimit;
    private volatile String implementation;

    /**
     * Creates the provider of {@code exec:<commandLine>}, whose own call limit stays within {@code kitCallLimit}.
     *
     * @throws io.sakit.spec.spi.AdapterConfigurationException when the command line cannot be split into words
     */
    public ExecProvider(String commandLine, Duration kitCallLimit) {
        CommandWords.split(commandLine);
        this.commandLine = commandLine;
        this.kitCallLimit = kitCallLimit;
    }

    @Override
    public String id() {
        return ExecFamily.PREFIX + commandLine;
    }

    @Override
    public String description() {
        String name = implementation;
        return (name == null ? "an implementation" : name) + " over " + Protocol.NAME;
    }

    @Override
    public OffloadAdapter create(AdapterOptions options) {
        ExecAdapter adapter = ExecAdapter.start(ExecOptions.from(commandLine, options, kitCallLimit));
        implementation = adapter.hello().toString();
        return adapter;
    }
}
