package vn.genderstats.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.genderstats.account.Account;
import vn.genderstats.account.Action;
import vn.genderstats.approval.ApprovalRefused;
import vn.genderstats.approval.Approvals;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.form.FormWriter;
import vn.genderstats.form.Templates;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.PortalIntake;
import vn.genderstats.ingest.UnitFiles;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportWriter;
import vn.genderstats.submit.ExportFormat;
import vn.genderstats.submit.Exports;
import vn.genderstats.system.GenderstatsProperties;

/** A unit's page and what can be done from it: its form, uploads, files, decisions, reports and exports. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UnitPages {

    private final SignedIn signedIn;
    private final Hierarchy hierarchy;
    private final Approvals approvals;
    private final UnitFiles files;
    private final PortalIntake intake;
    private final Templates templates;
    private final ReportWriter reports;
    private final Exports exports;
    private final StatusBoard board;
    private final GenderstatsProperties properties;

    UnitPages(SignedIn signedIn, Hierarchy hierarchy, Approvals approvals, UnitFiles files, PortalIntake intake,
            Catalog catalog, ReportingCalendar calendar, ReportWriter reports, Exports exports, StatusBoard board,
            GenderstatsProperties properties) {
        this.signedIn = signedIn;
        this.hierarchy = hierarchy;
        this.approvals = approvals;
        this.files = files;
        this.intake = intake;
        this.templates = new Templates(catalog, hierarchy, calendar);
        this.reports = reports;
        this.exports = exports;
        this.board = board;
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Principal principal) {
        Account account = signedIn.account(principal);
        return "redirect:/units/" + account.unitCode() + "?period=" + signedIn.defaultPeriod(account).code();
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "1") int page, Principal principal, Model model, Locale locale) {
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, Action.VIEW);
        model.addAttribute("account", account);
        model.addAttribute("unit", unit);
        model.addAttribute("period", p);
        model.addAttribute("periodLabel", p.label(PortalLanguage.lang(locale)));
        model.addAttribute("periods", signedIn.periods(account).stream()
                .filter(q -> hierarchy.unit(q, code).isPresent()).toList());
        model.addAttribute("lang", PortalLanguage.lang(locale));
        model.addAttribute("parents", hierarchy.ancestors(unit).reversed().stream()
                .filter(a -> signedIn.may(account, Action.VIEW, a)).toList());
        model.addAttribute("state", approvals.state(unit, p));
        model.addAttribute("history", files.history(unit.versionId(), unit.code(), p.code()).stream()
                .map(f -> new FileLine(f, SignedIn.when(f.receivedAt()))).toList());
        model.addAttribute("mayUpload", signedIn.may(account, Action.UPLOAD, unit));
        model.addAttribute("mayValidate", signedIn.may(account, Action.VALIDATE, unit));
        model.addAttribute("mayApprove", signedIn.may(account, Action.APPROVE, unit));
        model.addAttribute("mayRun", signedIn.may(account, Action.RUN, unit));
        boolean hasUnitsBelow = board.hasUnitsBelow(unit);
        model.addAttribute("board", hasUnitsBelow ? board.page(unit, p, page) : null);
        return "unit";
    }

    /** A file's line in the history, with its receipt time written out. */
    record FileLine(UnitFiles.ReceivedFile file, String received) {
    }

    @GetMapping("/units/{code}/form")
    ResponseEntity<Resource> blankForm(@PathVariable String code, @RequestParam String period, Principal principal,
            Locale locale) throws IOException {
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, Action.DOWNLOAD_FORM);
        Path file = Files.createTempFile("genderstats-form-", ".xlsx");
        try {
            FormWriter.write(templates.blank(unit, p, PortalLanguage.lang(locale)), file);
            return download(new ByteArrayResource(Files.readAllBytes(file)), Templates.fileName(unit, p), true);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @PostMapping("/units/{code}/upload")
    String upload(@PathVariable String code, @RequestParam String period, @RequestParam("file") MultipartFile file,
            Principal principal, RedirectAttributes redirect) throws IOException {
        Instant received = signedIn.now();
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, Action.UPLOAD);
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "upload.empty");
            return "redirect:/units/" + unit.code() + "?period=" + p.code();
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.xlsx"
                : Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        try (InputStream bytes = file.getInputStream()) {
            PortalIntake.Verdict verdict = intake.receive(bytes, name, account.unitCode(), account.login(), received);
            verdict.alreadyReceivedAs().ifPresent(as -> redirect.addFlashAttribute("already", as));
            return "redirect:/files/" + verdict.fileId();
        }
    }

    @PostMapping("/units/{code}/decide")
    String decide(@PathVariable String code, @RequestParam String period, @RequestParam String action,
            @RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect) {
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, "validate".equals(action) ? Action.VALIDATE : Action.APPROVE);
        String by = account.login();
        try {
            switch (action) {
                case "validate" -> approvals.validate(unit, p, by);
                case "approve" -> approvals.approve(unit, p, by, blankToNull(reason));
                case "waive" -> approvals.waive(unit, p, by, reason);
                case "reopen" -> approvals.reopen(unit, p, by, reason);
                case "approve-below" -> {
                    Approvals.BulkApproval bulk = approvals.approveBelow(unit, p, by, reason);
                    redirect.addFlashAttribute("approvedCount", bulk.approved().size());
                    redirect.addFlashAttribute("leftVi", bulk.leftVi());
                    redirect.addFlashAttribute("leftEn", bulk.leftEn());
                }
                default -> throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST);
            }
            redirect.addFlashAttribute("done", action);
        } catch (ApprovalRefused e) {
            redirect.addFlashAttribute("refusedVi", e.messageVi());
            redirect.addFlashAttribute("refusedEn", e.messageEn());
        }
        return "redirect:/units/" + unit.code() + "?period=" + p.code();
    }

    @GetMapping("/units/{code}/report")
    ResponseEntity<Resource> report(@PathVariable String code, @RequestParam String period, Principal principal,
            Locale locale) {
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, Action.VIEW);
        List<Path> written = reports.write(List.of(unit), p,
                new ReportWriter.Options(List.of(PortalLanguage.lang(locale)), false, false), properties.reports(), null);
        Path pdf = written.getFirst();
        return download(new FileSystemResource(pdf), pdf.getFileName().toString(), false);
    }

    @GetMapping("/units/{code}/export")
    ResponseEntity<Resource> export(@PathVariable String code, @RequestParam String period,
            @RequestParam(defaultValue = "xlsx") String format, Principal principal) throws IOException {
        Account account = signedIn.account(principal);
        Period p = period(period, account);
        AdminUnit unit = signedIn.unit(account, code, p, Action.APPROVE);
        ExportFormat f = "sdmx-csv".equals(format) ? ExportFormat.SDMX_CSV : ExportFormat.XLSX;
        Path out = Exports.defaultFile(properties.reports(), unit, p, f);
        try {
            exports.export(unit, p, f, out, account.login());
        } catch (ApprovalRefused e) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
                    e.messageVi() + " / " + e.messageEn());
        }
        return download(new FileSystemResource(out), out.getFileName().toString(), true);
    }

    private Period period(String code, Account account) {
        if (code == null || code.isBlank()) {
            return signedIn.defaultPeriod(account);
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        }
    }

    static ResponseEntity<Resource> download(Resource body, String name, boolean attachment) {
        String type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF_VALUE
                : name.endsWith(".csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
