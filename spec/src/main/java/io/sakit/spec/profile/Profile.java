package io.sakit.spec.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An interpretation profile: one choice for each documented contradiction (SPEC.md section 11).
 *
 * <p>A verdict reads "conforms to sakit spec 1.0 under profile P". The canonical text form is
 * {@code keys=conf-first,bytes-needed=total,abi=x64}; {@link #parse} also accepts the preset names.
 */
public record Profile(KeyOrder keyOrder, BytesNeededMode bytesNeeded, Abi abi) {

    /** The default profile: confidentiality key first, total BytesNeeded, x64. */
    public static final Profile DEFAULT = new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, Abi.X64);

    private static final Map<String, Profile> PRESETS = buildPresets();

    /** Requires every point to be chosen. */
    public Profile {
        Objects.requireNonNull(keyOrder, "keyOrder");
        Objects.requireNonNull(bytesNeeded, "bytesNeeded");
        Objects.requireNonNull(abi, "abi");
    }

    /** Returns the named presets in a stable order, {@code default} first. */
    public static Map<String, Profile> presets() {
        return PRESETS;
    }

    private static Map<String, Profile> buildPresets() {
        Map<String, Profile> presets = new LinkedHashMap<>();
        presets.put("default", new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, Abi.X64));
        presets.put("x86", new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, Abi.X86));
        presets.put("integrity-first", new Profile(KeyOrder.INTEGRITY_FIRST, BytesNeededMode.TOTAL, Abi.X64));
        presets.put("ndis51", new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.ADDITIONAL, Abi.X86));
        presets.put("ndis51-integrity-first", new Profile(KeyOrder.INTEGRITY_FIRST, BytesNeededMode.ADDITIONAL, Abi.X86));
        return Collections.unmodifiableMap(presets);
    }

    /**
     * Parses a preset name or a {@code key=value} list; an omitted point takes the default.
     *
     * @throws IllegalArgumentException naming the offending part and the accepted values
     */
    public static Profile parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Profile preset = presets().get(trimmed);
        if (preset != null) {
            return preset;
        }
        Profile profile = DEFAULT;
        for (String part : trimmed.split(",")) {
            profile = profile.with(part.trim(), text);
        }
        return profile;
    }

    private Profile with(String assignment, String whole) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("unknown profile '" + whole + "': use a preset (" + String.join(", ", presets().keySet())
                    + ") or keys=conf-first|integrity-first,bytes-needed=total|additional,abi=x64|x86");
        }
        String key = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1).trim();
        return switch (key) {
            case "keys" -> new Profile(pick(KeyOrder.values(), KeyOrder::token, value, key), bytesNeeded, abi);
            case "bytes-needed" -> new Profile(keyOrder, pick(BytesNeededMode.values(), BytesNeededMode::token, value, key), abi);
            case "abi" -> new Profile(keyOrder, bytesNeeded, pick(Abi.values(), Abi::token, value, key));
            default -> throw new IllegalArgumentException("unknown profile point '" + key + "': use keys, bytes-needed or abi");
        };
    }

    private static <E> E pick(E[] values, java.util.function.Function<E, String> token, String value, String key) {
        for (E candidate : values) {
            if (token.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown value '" + value + "' for profile point " + key + ": use "
                + Arrays.stream(values).map(token).collect(Collectors.joining(" or ")));
    }

    /** Returns the canonical text form, which {@link #parse} reads back to an equal profile. */
    public String canonical() {
        return "keys=" + keyOrder.token() + ",bytes-needed=" + bytesNeeded.token() + ",abi=" + abi.token();
    }

    /** Returns the preset name of this profile, or its canonical form when no preset matches. */
    public String displayName() {
        return presets().entrySet().stream().filter(e -> e.getValue().equals(this)).map(Map.Entry::getKey).findFirst().orElse(canonical());
    }

    @Override
    public String toString() {
        return displayName();
    }
}
