package vn.genderstats.submit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.genderstats.approval.ApprovalState;
import vn.genderstats.ingest.StoredSubmissions;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.approval.Approvals;
import vn.genderstats.form.FormContent;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** A unit's rolled-up figures and its children's, from the aggregates (native rows only). */
@Component
public class ConsolidatedFigureQuery {

    private final Aggregates aggregates;
    private final Hierarchy hierarchy;
    private final Approvals approvals;
    private final StoredSubmissions submissions;

    ConsolidatedFigureQuery(Aggregates aggregates, Hierarchy hierarchy, Approvals approvals,
            StoredSubmissions submissions) {
        this.aggregates = aggregates;
        this.hierarchy = hierarchy;
        this.approvals = approvals;
        this.submissions = submissions;
    }

    public ConsolidatedFigures of(AdminUnit unit, Period period) {
        Map<String, Map<String, BigDecimal>> byUnit = new HashMap<>();
        List<String> unitAndChildren = new ArrayList<>(List.of(unit.code()));
        hierarchy.children(unit).forEach(child -> unitAndChildren.add(child.code()));
        for (Aggregates.Sum sum : aggregates.nativeSums(unit.versionId(), period.code(), unitAndChildren)) {
            byUnit.computeIfAbsent(sum.unitCode(), k -> new LinkedHashMap<>())
                    .put(FormContent.key(sum.element(), sum.disagg()), sum.amount());
        }
        List<ConsolidatedFigures.ChildFigures> children = new ArrayList<>();
        List<StoredSubmissions.RefusedFile> rejected = submissions.refusedFiles(
                hierarchy.children(unit).stream().map(AdminUnit::code).toList());
        for (AdminUnit child : hierarchy.children(unit).stream().sorted(Comparator.comparing(AdminUnit::code)).toList()) {
            Map<String, BigDecimal> figures = byUnit.getOrDefault(child.code(), Map.of());
            ApprovalState state = approvals.state(child, period);
            children.add(new ConsolidatedFigures.ChildFigures(child, state.vi() + " / " + state.label(),
                    reporting(child, period, figures, rejected), figures));
        }
        return new ConsolidatedFigures(unit, period, byUnit.getOrDefault(unit.code(), Map.of()), children);
    }

    /**
     * Reported when the child has figures; else refused when a file it sent for the period was rejected (the
     * period its form names, or its file name's when the header could not be read); else missing.
     */
    private static String reporting(AdminUnit child, Period period, Map<String, BigDecimal> figures,
            List<StoredSubmissions.RefusedFile> rejected) {
        if (!figures.isEmpty()) {
            return "đã báo cáo / reported";
        }
        Pattern ofPeriod = Pattern.compile("(?i)(?<![0-9a-z])" + period.code() + "(?![0-9a-z])");
        return rejected.stream()
                .filter(f -> child.code().equals(f.senderCode()))
                .filter(f -> f.period() != null ? f.period().equals(period.code()) : ofPeriod.matcher(f.fileName()).find())
                .map(f -> "tệp bị từ chối / file refused: " + f.fileName()
                        + (f.error() == null ? "" : " — " + f.error().messageVi() + " / " + f.error().messageEn()))
                .reduce((a, b) -> b)
                .orElse("chưa báo cáo / missing");
    }
}
