package vn.genderstats.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.genderstats.account.Account;
import vn.genderstats.account.Action;
import vn.genderstats.period.Period;

/** Start a roll-up or a report run for a period and follow it (admins of the unit). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunPages {

    private final SignedIn signedIn;
    private final Runs runs;

    RunPages(SignedIn signedIn, Runs runs) {
        this.signedIn = signedIn;
        this.runs = runs;
    }

    /** {@code period}: the one chosen last, kept after a run is started; otherwise the account's default period. */
    @GetMapping("/runs")
    String runs(@RequestParam(required = false) String period, Principal principal, Model model, Locale locale) {
        Account account = signedIn.account(principal);
        List<Period> periods = signedIn.periods(account);
        Period chosen = periods.stream().filter(p -> p.code().equals(period)).findFirst()
                .orElseGet(() -> signedIn.defaultPeriod(account));
        signedIn.unit(account, account.unitCode(), chosen, Action.RUN);
        model.addAttribute("account", account);
        model.addAttribute("lang", PortalLanguage.lang(locale));
        model.addAttribute("runs", runs.recent());
        model.addAttribute("periods", periods);
        model.addAttribute("chosen", chosen);
        model.addAttribute("running", runs.recent().stream().anyMatch(Runs.Run::running));
        return "runs";
    }

    @PostMapping("/runs")
    String start(@RequestParam String kind, @RequestParam String period, Principal principal) {
        Account account = signedIn.account(principal);
        Period p = Period.parse(period);
        signedIn.unit(account, account.unitCode(), p, Action.RUN);
        runs.start("report".equals(kind) ? Runs.Kind.REPORT : Runs.Kind.AGGREGATE, p, account.login());
        return "redirect:/runs?period=" + p.code();
    }
}
