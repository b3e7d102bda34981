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
public class SenderRules {

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
    public static SenderRules load(Path file, Hierarchy hierarchy) {
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

    /**
     * The unit an inbox folder belongs to: the longest run of the name's leading dash-separated parts that is
     * a unit code ({@code 04-SXD-so-xay-dung} is department 04-SXD, {@code 047-huyen-trung-khanh} district
     * 047), looked up in the given list version, or in any version (newest first) when none is given. A folder
     * whose name does not start with a digit is the office's own: null. A folder starting with a code that
     * names no unit keeps that code, which may send for no one.
     */
    String senderOf(String folder, String versionId) {
        if (folder == null || folder.isEmpty() || !Character.isDigit(folder.charAt(0))) {
            return null;
        }
        String[] parts = folder.split("-");
        List<String> versions = versionId != null ? List.of(versionId)
                : hierarchy.versions().reversed().stream().map(v -> v.id()).toList();
        for (String version : versions) {
            for (int k = parts.length; k >= 1; k--) {
                // Folder names are often lower-cased slugs: 04-snv-so-noi-vu is the department 04-SNV.
                String candidate = String.join("-", java.util.Arrays.copyOf(parts, k)).toUpperCase(java.util.Locale.ROOT);
                if (hierarchy.unit(version, candidate).isPresent()) {
                    return candidate;
                }
            }
        }
        return parts[0].toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the sender (null: the office itself) may send the form of {@code unit}. */
    public boolean allows(String senderCode, AdminUnit unit) {
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
