package io.sakit.conformance.engine;

/** The JUnit Platform configuration parameters the {@code sakit} engine reads. */
public final class ConfigurationKeys {

    /** The adapter id (default {@code reference}), or {@code exec:<command line>}. */
    public static final String ADAPTER = "sakit.adapter";
    /** The adapter's options as {@code key=value} pairs separated by {@code ;}. */
    public static final String OPTIONS = "sakit.options";
    /** The budget: {@code quick}, {@code standard} (default) or {@code exhaustive}. */
    public static final String BUDGET = "sakit.budget";
    /** The run's seed (default: a fresh one, reported). */
    public static final String SEED = "sakit.seed";
    /** Case ids, requirement ids or family names separated by {@code ,}; all cases when absent. */
    public static final String ONLY = "sakit.only";
    /** The shard {@code I/N}; the whole run when absent. */
    public static final String SHARD = "sakit.shard";
    /** The time one adapter call may take, in milliseconds (default 5,000). */
    public static final String CALL_TIMEOUT_MILLIS = "sakit.callTimeoutMillis";
    /** The time one case may take, in seconds (default 300). */
    public static final String CASE_TIMEOUT_SECONDS = "sakit.caseTimeoutSeconds";
    /** A file to append the test keys of failing cases' ESP SAs to, as a Wireshark ESP SA table; none when absent. */
    public static final String KEY_LOG = "sakit.keyLog";
    /** The command prefix written into each case's reproduction command. */
    public static final String REPRODUCE = "sakit.reproduce";

    private ConfigurationKeys() {
    }
}
