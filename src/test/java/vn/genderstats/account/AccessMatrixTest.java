package vn.genderstats.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.ingest.SenderRules;
import vn.genderstats.testing.ProvinceOffice;

/**
 * Every role × unit × action of the portal, on the office's real lists and senders.yaml (Huyện Trùng Khánh, 047,
 * sends for the communes below it). Letters: V view, F blank form, U upload, C check (validate), A approve /
 * waive / reopen, R start runs; "-" nothing.
 */
class AccessMatrixTest {

    private static final Hierarchy HIERARCHY = HierarchyFiles.load(ProvinceOffice.jobs().resolve("hierarchy"));
    private static final Access ACCESS = new Access(HIERARCHY,
            SenderRules.load(ProvinceOffice.jobs().resolve("senders.yaml"), HIERARCHY));

    /** Tỉnh Cao Bằng, Huyện Trùng Khánh, two of its communes, a commune of another district, Hà Nội, Sở Nội vụ. */
    private static final List<String> UNITS = List.of("04", "047", "01447", "01480", "01267", "01", "04-SNV");

    /** Who × what each may do, in the order of UNITS. */
    private static final Map<Account, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect(user("01447", Role.REPORTER), "-", "-", "VFU", "-", "-", "-", "-");
        expect(user("047", Role.REPORTER), "-", "VFU", "VFU", "VFU", "-", "-", "-");
        expect(user("047", Role.REVIEWER), "-", "VFC", "VFC", "VFC", "-", "-", "-");
        expect(user("047", Role.APPROVER), "-", "VFCA", "VFCA", "VFCA", "-", "-", "-");
        expect(user("040", Role.APPROVER), "-", "-", "-", "-", "VFCA", "-", "-");
        expect(user("04", Role.ADMIN), "VFCAR", "VFCAR", "VFCAR", "VFCAR", "VFCAR", "-", "VFCAR");
        expect(user("04", Role.REVIEWER, Role.APPROVER), "VFCA", "VFCA", "VFCA", "VFCA", "VFCA", "-", "VFCA");
        expect(user("04-SNV", Role.REPORTER), "-", "-", "-", "-", "-", "-", "VFU");
        expect(disabled(user("04", Role.ADMIN)), "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void everyRoleSeesAndTouchesOnlyItsSubtreeAndTheUnitsItSendsFor() {
        List<String> differences = new ArrayList<>();
        EXPECTED.forEach((account, row) -> {
            for (int i = 0; i < UNITS.size(); i++) {
                AdminUnit unit = HIERARCHY.unit("2021-02-01", UNITS.get(i)).orElseThrow();
                String allowed = letters(account, unit);
                if (!allowed.equals(row.get(i))) {
                    differences.add(account.roles() + "@" + account.unitCode() + (account.enabled() ? "" : " (disabled)")
                            + " on " + unit.code() + ": " + allowed + ", expected " + row.get(i));
                }
            }
        });
        assertThat(differences).isEmpty();
    }

    @Test
    void aCodeMeansTheUnitOfTheListInForce() {
        // 01447 is Thị trấn Trà Lĩnh under Huyện Trùng Khánh until mid-2025, then Xã Trà Lĩnh directly under the province.
        Account district = user("047", Role.APPROVER);
        AdminUnit traLinhSince2025 = HIERARCHY.unit("2025-07-01", "01447").orElseThrow();
        assertThat(ACCESS.may(district, Action.VIEW, traLinhSince2025)).isFalse();
        assertThat(ACCESS.may(user("01447", Role.REPORTER), Action.UPLOAD, traLinhSince2025)).isTrue();
    }

    private static String letters(Account account, AdminUnit unit) {
        StringBuilder out = new StringBuilder();
        Map<Action, Character> letters = Map.of(Action.VIEW, 'V', Action.DOWNLOAD_FORM, 'F', Action.UPLOAD, 'U',
                Action.VALIDATE, 'C', Action.APPROVE, 'A', Action.RUN, 'R');
        for (Action action : Action.values()) {
            if (ACCESS.may(account, action, unit)) {
                out.append(letters.get(action));
            }
        }
        return out.isEmpty() ? "-" : out.toString();
    }

    private static void expect(Account account, String... row) {
        EXPECTED.put(account, List.of(row));
    }

    private static Account user(String unit, Role... roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return new Account(unit + "-" + set, "Test", "2021-02-01", unit, set, true);
    }

    private static Account disabled(Account a) {
        return new Account(a.login() + "-off", a.fullName(), a.versionId(), a.unitCode(), a.roles(), false);
    }
}
