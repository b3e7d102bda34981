package vn.genderstats.cli;

import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.genderstats.account.Accounts;
import vn.genderstats.account.Role;
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.ingest.IngestJobConfiguration;
import vn.genderstats.period.Period;

/**
 * {@code bench --portal}: the sample inbox taken in and added up on the bench database, the portal started as
 * {@code serve} starts it, an office account signed in over HTTP, then every page of the province's status board
 * fetched again and again, as a browser would (server time: query, render, send).
 */
final class PortalBench {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 10;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("[?&]amp;page=(\\d+)|[?&]page=(\\d+)");

    private PortalBench() {
    }

    static void run(Map<String, Object> properties, Path inbox, String province, Period period, PrintWriter out)
            throws Exception {
        properties.put("spring.profiles.active", "portal");
        properties.put("server.port", 0);
        properties.put("genderstats.inbox", inbox.toString());
        String reports = properties.get("genderstats.reports").toString();
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            long start = System.nanoTime();
            check(JobRunner.run(context, IngestJobConfiguration.JOB, new JobParametersBuilder()
                    .addString("inbox", inbox.toString()).addString("reports", reports)), "ingest");
            check(JobRunner.run(context, AggregateJobConfiguration.JOB, new JobParametersBuilder()
                    .addString("full", "true")), "aggregate");
            out.printf("Sample inbox %s taken in and added up in %.1f s%n", inbox, (System.nanoTime() - start) / 1e9);

            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            String login = "bench-" + province;
            context.getBean(Accounts.class).add(login, "Bench", province, EnumSet.of(Role.APPROVER, Role.ADMIN), password);
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(http, base, login, password);

            String first = base + "/units/" + province + "?period=" + period.code();
            int pages = pages(get(http, first));
            List<String> urls = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                urls.add(first + "&page=" + page);
            }
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String url : urls) {
                    get(http, url);
                }
            }
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String url : urls) {
                    long t = System.nanoTime();
                    get(http, url);
                    millis.add((System.nanoTime() - t) / 1e6);
                }
            }
            millis.sort(Double::compare);
            out.printf("Status board of %s, %s: %d page(s) of up to 50 units, %d fetches after %d warm-up round(s)%n",
                    province, period.code(), pages, millis.size(), WARM_UP_ROUNDS);
            out.printf("  per page: median %.0f ms, 95th percentile %.0f ms, slowest %.0f ms (target: under 300 ms)%n",
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.getLast());
        }
    }

    private static void signIn(HttpClient http, String base, String login, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get(http, base + "/login"));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("the bench account could not sign in: " + response.statusCode());
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int pages(String html) {
        int pages = 1;
        Matcher m = PAGE.matcher(html);
        while (m.find()) {
            pages = Math.max(pages, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return pages;
    }

    private static void check(JobExecution execution, String what) {
        if (JobRunner.failed(execution)) {
            throw new IllegalStateException(what + " failed: " + JobRunner.failureText(execution));
        }
    }
}
