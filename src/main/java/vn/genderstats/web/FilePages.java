package vn.genderstats.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.genderstats.account.Account;
import vn.genderstats.account.Action;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.PortalIntake;
import vn.genderstats.ingest.UnitFiles;

/**
 * One received file: its verdict and findings cell by cell, the values it brought, its feedback workbook. A file
 * is shown only to users who may see the unit it counts for (a refused one: the unit that sent it); to anyone
 * else it does not exist (404).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FilePages {

    private final SignedIn signedIn;
    private final UnitFiles files;
    private final PortalIntake intake;
    private final Hierarchy hierarchy;
    private final Catalog catalog;

    FilePages(SignedIn signedIn, UnitFiles files, PortalIntake intake, Hierarchy hierarchy, Catalog catalog) {
        this.catalog = catalog;
        this.signedIn = signedIn;
        this.files = files;
        this.intake = intake;
        this.hierarchy = hierarchy;
    }

    @GetMapping("/files/{id}")
    String file(@PathVariable long id, Principal principal, Model model, Locale locale) {
        Account account = signedIn.account(principal);
        UnitFiles.ReceivedFile file = visible(account, id);
        AdminUnit unit = unitOf(file);
        model.addAttribute("account", account);
        model.addAttribute("file", file);
        model.addAttribute("unit", unit);
        model.addAttribute("received", SignedIn.when(file.receivedAt()));
        model.addAttribute("lang", PortalLanguage.lang(locale));
        model.addAttribute("findings", files.findings(id));
        String lang = PortalLanguage.lang(locale);
        model.addAttribute("values", file.rejected() ? java.util.List.of() : files.values(id).stream()
                .map(v -> new ValueLine(catalog.element(v.element()).map(e -> e.name().in(lang)).orElse(v.element()),
                        v.element(), breakdown(v.disagg(), lang), v.amount(), v.cell())).toList());
        model.addAttribute("feedback", Files.exists(intake.feedbackFor(file.inboxPath())));
        return "file";
    }

    /** A value as a statistician reads it: the data element's name, its breakdown in words, the cell. */
    record ValueLine(String name, String code, String breakdown, java.math.BigDecimal amount, String cell) {
    }

    private static String breakdown(String disagg, String lang) {
        boolean en = "en".equals(lang);
        return switch (disagg) {
            case "T" -> en ? "total" : "tổng số";
            case "M" -> en ? "male" : "nam";
            case "F" -> en ? "female" : "nữ";
            default -> disagg;
        };
    }

    @GetMapping("/files/{id}/feedback")
    ResponseEntity<Resource> feedback(@PathVariable long id, Principal principal) {
        Account account = signedIn.account(principal);
        UnitFiles.ReceivedFile file = visible(account, id);
        Path workbook = intake.feedbackFor(file.inboxPath());
        if (!Files.exists(workbook)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return UnitPages.download(new FileSystemResource(workbook), workbook.getFileName().toString(), true);
    }

    private UnitFiles.ReceivedFile visible(Account account, long id) {
        UnitFiles.ReceivedFile file = files.file(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AdminUnit unit = unitOf(file);
        if (unit == null || !signedIn.may(account, Action.VIEW, unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return file;
    }

    /** The unit the file counts for, or for a refused file the unit that sent it (null: the office's own folder). */
    private AdminUnit unitOf(UnitFiles.ReceivedFile file) {
        if (file.unitCode() != null) {
            return hierarchy.unit(file.versionId(), file.unitCode()).orElse(null);
        }
        return file.senderCode() == null ? null : hierarchy.versions().reversed().stream()
                .flatMap(v -> hierarchy.unit(v.id(), file.senderCode()).stream()).findFirst().orElse(null);
    }
}
