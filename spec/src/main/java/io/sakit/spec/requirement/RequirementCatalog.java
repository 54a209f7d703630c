package io.sakit.spec.requirement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sakit.spec.capability.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirements of the specification, loaded from the catalog files packaged with this module and
 * checked on load: one file per family, ids unique and of their file's family, known capability tokens.
 */
public final class RequirementCatalog {

    private static final String RESOURCE_DIRECTORY = "/io/sakit/spec/data/requirements/";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, Requirement> byId;

    private RequirementCatalog(Map<String, Requirement> byId) {
        this.byId = byId;
    }

    /**
     * Loads the catalog packaged with the kit.
     *
     * @throws IllegalStateException naming the file and the requirement when the catalog is malformed
     */
    public static RequirementCatalog load() {
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            String resource = RESOURCE_DIRECTORY + family.fileName();
            try (InputStream in = RequirementCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("requirement catalog file " + family.fileName() + " is missing from the kit");
                }
                for (Requirement requirement : parse(MAPPER.readTree(in), family)) {
                    if (byId.put(requirement.id(), requirement) != null) {
                        throw new IllegalStateException(family.fileName() + ": requirement " + requirement.id() + " is defined twice");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read requirement catalog file " + family.fileName(), e);
            }
        }
        return new RequirementCatalog(byId);
    }

    private static List<Requirement> parse(JsonNode root, Family family) {
        if (!family.name().equals(root.path("family").asText())) {
            throw new IllegalStateException(family.fileName() + ": family is '" + root.path("family").asText() + "', expected " + family);
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode node : root.path("requirements")) {
            String id = node.path("id").asText();
            try {
                Requirement requirement = requirement(node);
                if (requirement.family() != family) {
                    throw new IllegalArgumentException("belongs to family " + requirement.family());
                }
                requirements.add(requirement);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(family.fileName() + ": requirement " + id + ": " + e.getMessage(), e);
            }
        }
        return requirements;
    }

    private static Requirement requirement(JsonNode node) {
        List<String> sources = new ArrayList<>();
        node.path("sources").forEach(s -> sources.add(s.asText()));
        List<Capability> appliesWhen = new ArrayList<>();
        node.path("appliesWhen").forEach(token -> appliesWhen.add(Capability.valueOf(token.asText())));
        return new Requirement(node.path("id").asText(null), Level.valueOf(node.path("level").asText()), node.path("text").asText(null),
                node.path("section").asText(""), sources, optional(node, "decision"), appliesWhen, node.path("testable").asBoolean(true),
                optional(node, "untestableReason"));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** Returns every requirement, in catalog order. */
    public Collection<Requirement> all() {
        return byId.values();
    }

    /** Returns the requirement with this id. */
    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the requirement with this id.
     *
     * @throws IllegalArgumentException when no requirement has it
     */
    public Requirement get(String id) {
        Requirement requirement = byId.get(id);
        if (requirement == null) {
            throw new IllegalArgumentException("no requirement " + id + " in the catalog");
        }
        return requirement;
    }

    /** Returns the requirements of one family, in catalog order. */
    public List<Requirement> family(Family family) {
        return byId.values().stream().filter(r -> r.family() == family).toList();
    }
}
