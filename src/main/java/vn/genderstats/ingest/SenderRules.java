package vn.genderstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;

/**
 * Who may send data for whom. A unit sends for itself; {@code jobs/senders.yaml} lets a sender (by the
 * code its inbox folder starts with) send for the units below it ({@code below: true}) or for listed
 * units ({@code units: [...]}). Codes are read in the hierarchy version of the submission's period.
 */
class SenderRules {

    /** What one sender may send beyond its own forms. */
    record Grant(boolean below, List<String> units) {
        Grant {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    record SendersFile(Map<String, Grant> senders) {
    }

    private final Map<String, Grant> grants;
    private final Hierarchy hierarchy;

    SenderRules(Map<String, Grant> grants, Hierarchy hierarchy) {
        this.grants = Map.copyOf(grants);
        this.hierarchy = hierarchy;
    }

    /** Reads {@code senders.yaml}; without the file every unit sends only for itself. */
    static SenderRules load(Path file, Hierarchy hierarchy) {
        if (!Files.isRegularFile(file)) {
            return new SenderRules(Map.of(), hierarchy);
        }
        try {
            SendersFile parsed = new YAMLMapper().readValue(file.toFile(), SendersFile.class);
            return new SenderRules(parsed == null || parsed.senders() == null ? Map.of() : parsed.senders(), hierarchy);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(file + ": not a valid senders list / danh sách người gửi "
                    + "không hợp lệ: " + e.getOriginalMessage(), e));
        }
    }

    /** Whether the sender (null: the office itself) may send the form of {@code unit}. */
    boolean allows(String senderCode, AdminUnit unit) {
        if (senderCode == null || senderCode.equals(unit.code())) {
            return true;
        }
        Grant grant = grants.get(senderCode);
        if (grant == null) {
            return false;
        }
        return grant.units().contains(unit.code())
                || grant.below() && hierarchy.ancestors(unit).stream().anyMatch(a -> a.code().equals(senderCode));
    }
}
