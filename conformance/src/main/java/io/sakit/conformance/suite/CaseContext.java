package io.sakit.conformance.suite;

import io.sakit.reports.model.CapturedPacket;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.Capability;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.OffloadAdapter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a case sees while it runs: the adapter under test (guarded: its faults end the case in ERROR), what
 * it advertises, a reference model configured the same way, the run's seed and budget; and where the case
 * records an allowed alternative, the number of generated examples and a counterexample.
 */
public final class CaseContext {

    private static final int MAX_REASONS = 5;

    private final OffloadAdapter adapter;
    private final AdapterCapabilities capabilities;
    private final Supplier<OffloadAdapter> oracleFactory;
    private final long seed;
    private final Budget budget;
    private final RequestEncoder encoder;
    private final List<String> acceptableReasons = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();
    private final List<CapturedPacket> packets = new ArrayList<>();
    private final List<AddSaRequest> installed = new ArrayList<>();
    private String vector;
    private OffloadAdapter oracle;
    private long examples;
    private String counterexample;

    /** Creates the context of one case; the oracle is created on first use and reset by the case that uses it. */
    public CaseContext(OffloadAdapter adapter, AdapterCapabilities capabilities, Supplier<OffloadAdapter> oracleFactory, long seed, Budget budget) {
        this.adapter = adapter;
        this.capabilities = capabilities;
        this.oracleFactory = oracleFactory;
        this.seed = seed;
        this.budget = budget;
        this.encoder = new RequestEncoder(capabilities.profile());
    }

    /** Returns the adapter under test; it was reset before the case started. */
    public OffloadAdapter adapter() {
        return adapter;
    }

    /** Returns what the adapter advertises. */
    public AdapterCapabilities capabilities() {
        return capabilities;
    }

    /** Returns the adapter's profile. */
    public Profile profile() {
        return capabilities.profile();
    }

    /** Returns an encoder for the adapter's profile. */
    public RequestEncoder encoder() {
        return encoder;
    }

    /** Returns the reference model configured with the adapter's capabilities and profile, reset. */
    public OffloadAdapter oracle() {
        if (oracle == null) {
            oracle = oracleFactory.get();
        }
        oracle.reset();
        return oracle;
    }

    /** Returns the run's seed; generated cases derive their own seeds from it. */
    public long seed() {
        return seed;
    }

    /** Returns the run's budget. */
    public Budget budget() {
        return budget;
    }

    /**
     * Ends the case as NOT_APPLICABLE unless every capability is advertised.
     *
     * @throws NotApplicable naming the capabilities that are missing
     */
    public void require(Capability... needed) {
        List<Capability> missing = new ArrayList<>();
        for (Capability capability : needed) {
            if (!capabilities.has(capability)) {
                missing.add(capability);
            }
        }
        if (!missing.isEmpty()) {
            throw new NotApplicable("not advertised: " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Ends the case as NOT_APPLICABLE unless the adapter advertises room for {@code sas} live SAs and
     * {@code parserEntries} live parser entries at once: a correct adapter answers RESOURCES beyond its capacity.
     *
     * @throws NotApplicable naming the room the case needs and the room advertised
     */
    public void requireRoom(int sas, int parserEntries) {
        if (sas > capabilities.saCapacity() || parserEntries > capabilities.parserEntryCapacity()) {
            throw new NotApplicable("needs room for " + sas + " SAs and " + parserEntries + " parser entries at once; the adapter advertises "
                    + capabilities.saCapacity() + " and " + capabilities.parserEntryCapacity());
        }
    }

    /** Records that the adapter took an alternative the specification allows; the case ends ACCEPTABLE unless it fails. */
    public void acceptable(String reason) {
        if (acceptableReasons.size() < MAX_REASONS && !acceptableReasons.contains(reason)) {
            acceptableReasons.add(reason);
        }
    }

    /**
     * Names the requirements this run of the case actually checked, when that depends on the adapter (for
     * example NOT_SUPPORTED refusals that apply only to what is not advertised); by default a result cites
     * every requirement the case declares.
     */
    public void checks(String... requirementIds) {
        checked.addAll(List.of(requirementIds));
    }

    /** Returns the requirements named with {@link #checks}, or empty when the case did not narrow them. */
    public List<String> checkedRequirements() {
        return List.copyOf(checked);
    }

    /** Adds {@code count} to the number of generated examples this case ran. */
    public void examples(long count) {
        examples += count;
    }

    /** Records the shrunk counterexample of a failing generated case, as the vector JSON that reproduces it. */
    public void counterexample(String vectorJson) {
        counterexample = vectorJson;
    }

    /** Keeps a packet the case exchanged with the adapter; packets are reported only when the case fails. */
    public void capture(String label, byte[] packet) {
        packets.add(new CapturedPacket(label, HexFormat.of().formatHex(packet)));
    }

    /** Records the vector this case runs, as {@code file#tcId}. */
    public void vector(String vectorId) {
        vector = vectorId;
    }

    /** Keeps a bundle the case installed, so a failing case can name its SAs (and, in a key log the user asked for, their keys). */
    public void installed(AddSaRequest request) {
        installed.add(request);
    }

    /** Returns the bundles the case installed, in order. */
    public List<AddSaRequest> installedBundles() {
        return List.copyOf(installed);
    }

    /** Returns the captured packets. */
    public List<CapturedPacket> capturedPackets() {
        return List.copyOf(packets);
    }

    /** Returns the recorded vector id. */
    public Optional<String> recordedVector() {
        return Optional.ofNullable(vector);
    }

    /** Returns the reasons recorded with {@link #acceptable}. */
    public List<String> acceptableReasons() {
        return List.copyOf(acceptableReasons);
    }

    /** Returns the number of generated examples the case ran. */
    public long examplesRun() {
        return examples;
    }

    /** Returns the recorded counterexample. */
    public Optional<String> recordedCounterexample() {
        return Optional.ofNullable(counterexample);
    }

    /** Closes the reference model, if one was created. */
    public void close() {
        if (oracle != null) {
            oracle.close();
        }
    }
}
