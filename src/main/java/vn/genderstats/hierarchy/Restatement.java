package vn.genderstats.hierarchy;

import java.util.List;
import java.util.Optional;

/**
 * How figures of older hierarchy versions are restated onto today's units ({@code jobs/hierarchy/restatement.yaml}):
 * the target version, the rule for split units, and where every older unit went.
 */
public record Restatement(String targetVersion, SplitRule splitRule, List<SuccessionLink> links) {

    public Restatement {
        links = List.copyOf(links);
    }

    public static Restatement none() {
        return new Restatement(null, SplitRule.BROKEN, List.of());
    }

    public Optional<String> target() {
        return Optional.ofNullable(targetVersion);
    }
}
