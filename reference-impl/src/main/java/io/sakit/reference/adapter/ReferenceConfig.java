package io.sakit.reference.adapter;

import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.AhSupport;
import io.sakit.spec.capability.CapabilityRules;
import io.sakit.spec.capability.EspSupport;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.spi.AdapterConfigurationException;
import io.sakit.spec.spi.AdapterOptions;
import java.util.List;
import java.util.Set;

/**
 * How the reference implementation is configured: what it advertises, its capacities, its profile, and
 * its choice on the one MAY that affects results (rejecting weak DES keys). The same implementation so
 * stands for many real ones: AH-only, 32-bit, capacity 16, the other key order.
 *
 * <p>Options: {@code profile} (a preset or point list), {@code capacity}, {@code parserEntries},
 * {@code ah} and {@code esp} (comma lists of features, or {@code none}), {@code combined}
 * ({@code ah-esp}, {@code transport-tunnel}, both, or {@code none}), {@code ipv4Options}, {@code udpEsp}
 * ({@code transport}, {@code tunnel}, both, or {@code none}), {@code classifier}, {@code rejectWeakDesKeys}.
 */
public record ReferenceConfig(AdapterCapabilities capabilities, boolean rejectWeakDesKeys) {

    /** The default SA capacity. */
    public static final int DEFAULT_CAPACITY = 1024;
    /** The default parser-entry capacity. */
    public static final int DEFAULT_PARSER_ENTRIES = 16;

    private static final Set<String> OPTIONS = Set.of("profile", "capacity", "parserEntries", "ah", "esp", "combined", "ipv4Options", "udpEsp",
            "classifier", "rejectWeakDesKeys");
    private static final List<String> AH_FEATURES = List.of("md5", "sha1", "transport", "tunnel", "send", "receive");
    private static final List<String> ESP_FEATURES = List.of("des", "3des", "null", "transport", "tunnel", "send", "receive");

    /** Returns the default configuration: everything version 1 has, capacity 1,024, 16 parser entries, default profile. */
    public static ReferenceConfig defaults() {
        return new ReferenceConfig(new AdapterCapabilities(IpsecOffloadV1.EVERYTHING, DEFAULT_CAPACITY, DEFAULT_PARSER_ENTRIES, Profile.DEFAULT, true), false);
    }

    /**
     * Returns the configuration the options describe, on top of the defaults.
     *
     * @throws AdapterConfigurationException for an unknown option, a malformed value, or capabilities that break CAP-ADV-001
     */
    public static ReferenceConfig from(AdapterOptions options) {
        options.requireOnly(OPTIONS);
        Profile profile = profile(options.get("profile", "default"));
        AhSupport ah = ah(options.get("ah", String.join(",", AH_FEATURES)));
        EspSupport esp = esp(options.get("esp", String.join(",", ESP_FEATURES)));
        Set<String> combined = tokens(options.get("combined", "ah-esp,transport-tunnel"), Set.of("ah-esp", "transport-tunnel"), "combined");
        Set<String> udp = tokens(options.get("udpEsp", "transport,tunnel"), Set.of("transport", "tunnel"), "udpEsp");
        int udpFlags = (udp.contains("transport") ? IpsecOffloadV1.UDPESP_TRANSPORT : 0) | (udp.contains("tunnel") ? IpsecOffloadV1.UDPESP_TUNNEL : 0);
        IpsecOffloadV1 offload = new IpsecOffloadV1(IpsecOffloadV1.ENCAPSULATION_IEEE_802_3, combined.contains("ah-esp"),
                combined.contains("transport-tunnel"), options.getBoolean("ipv4Options", true), udpFlags, ah, esp);
        AdapterCapabilities capabilities = new AdapterCapabilities(offload, options.getInt("capacity", DEFAULT_CAPACITY, 0, 16_000_000),
                options.getInt("parserEntries", udpFlags == 0 ? 0 : DEFAULT_PARSER_ENTRIES, 0, 1_000_000), profile, options.getBoolean("classifier", true));
        List<String> problems = CapabilityRules.inconsistencies(capabilities);
        if (!problems.isEmpty()) {
            throw new AdapterConfigurationException("these options advertise inconsistent capabilities: " + String.join("; ", problems));
        }
        return new ReferenceConfig(capabilities, options.getBoolean("rejectWeakDesKeys", false));
    }

    private static Profile profile(String text) {
        try {
            return Profile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AdapterConfigurationException("option profile: " + e.getMessage());
        }
    }

    private static AhSupport ah(String text) {
        Set<String> f = tokens(text, Set.copyOf(AH_FEATURES), "ah");
        return new AhSupport(f.contains("md5"), f.contains("sha1"), f.contains("transport"), f.contains("tunnel"), f.contains("send"), f.contains("receive"));
    }

    private static EspSupport esp(String text) {
        Set<String> f = tokens(text, Set.copyOf(ESP_FEATURES), "esp");
        return new EspSupport(f.contains("des"), false, f.contains("3des"), f.contains("null"), f.contains("transport"), f.contains("tunnel"),
                f.contains("send"), f.contains("receive"));
    }

    private static Set<String> tokens(String text, Set<String> allowed, String option) {
        if (text.trim().equals("none")) {
            return Set.of();
        }
        Set<String> tokens = new java.util.TreeSet<>();
        for (String token : text.split(",")) {
            String t = token.trim();
            if (!allowed.contains(t)) {
                throw new AdapterConfigurationException("option " + option + ": unknown feature '" + t + "'; use none or a comma list of "
                        + new java.util.TreeSet<>(allowed));
            }
            tokens.add(t);
        }
        return tokens;
    }
}
