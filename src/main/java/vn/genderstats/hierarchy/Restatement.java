package vn.genderstats.hierarchy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How figures of older hierarchy versions are restated onto today's units ({@code jobs/hierarchy/restatement.yaml}):
 * the target version, the rule for split units, where every older unit went, and the versions whose succession
 * file (and so whose codes in the split weights) the office gives.
 */
public record Restatement(String targetVersion, SplitRule splitRule, List<SuccessionLink> links,
        Set<String> successionVersions) {

    public Restatement {
        links = List.copyOf(links);
        successionVersions = Set.copyOf(successionVersions);
    }

    public static Restatement none() {
        return new Restatement(null, SplitRule.BROKEN, List.of(), Set.of());
    }

    /**
     * The parts of the split units (partial in a succession file) that lack a weight for at least one of their parts,
     * in the succession file's order: their figures cannot be placed on today's units, and every restated total they
     * would reach is broken.
     */
    public List<SuccessionLink> splitsWithoutWeights() {
        return links.stream().filter(l -> successionVersions.contains(l.fromVersion()) && l.partial() && l.weight() == null)
                .toList();
    }

    public Optional<String> target() {
        return Optional.ofNullable(targetVersion);
    }
}
