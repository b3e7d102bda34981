package vn.genderstats.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.GenderstatsApplication;
import vn.genderstats.account.Accounts;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.account.Role;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * The portal in a real browser (Debian's headless Chromium through its chromedriver), served as {@code serve} serves
 * it on a random port of the test's database: a commune sends a good form, a neighbour's and a text file named .xlsx,
 * and reads the findings; the district approves its communes in one action, adds up the period and downloads its
 * report, whose provenance names who sent the commune's file and when. Every page is kept as a screenshot under target/portal-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest extends ProvinceTest {

    private static final Path SCREENSHOTS = Path.of("target/portal-screenshots");
    private static final String PASSWORD = "mat-khau-du-dai";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Aggregates aggregates;

    @TempDir
    static Path work;

    private ConfigurableApplicationContext portal;
    private WebDriver browser;
    private String base;
    private int shot;

    @BeforeAll
    void startPortalAndBrowser() throws IOException {
        TestDatabase.clean(jdbc);
        accounts.add("tralinh", "Nguyễn Thị Lan", "01447", EnumSet.of(Role.REPORTER), PASSWORD);
        accounts.add("trungkhanh", "Hoàng Văn Minh", "047", EnumSet.of(Role.APPROVER, Role.ADMIN), PASSWORD);
        accounts.add("caobang", "Lê Thị Hoa", "04", EnumSet.of(Role.APPROVER), PASSWORD);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "portal");
        properties.put("spring.datasource.url", TestDatabase.provincesUrl());
        properties.put("server.port", 0);
        properties.put("genderstats.jobs", ProvinceOffice.jobs().toString());
        properties.put("genderstats.inbox", Files.createDirectories(work.resolve("inbox")).toString());
        properties.put("genderstats.reports", work.resolve("reports").toString());
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("portal test", properties));
        portal = new SpringApplicationBuilder(GenderstatsApplication.class).environment(environment).run();
        base = "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");

        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium")));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aCommuneSendsItsFormsAndTheDistrictApprovesAndReports() throws Exception {
        Period year = Period.annual(2024);
        Path good = Forms.commune("01447", "Thị trấn Trà Lĩnh").period(year).births(14, 12).bodies(2, 1)
                .writeTo(work.resolve("forms/tra-linh-2024.xlsx"));
        Path neighbours = Forms.commune("01480", "Xã Ngọc Khê").period(year).births(9, 8).bodies(2, 0)
                .writeTo(work.resolve("forms/ngoc-khe-2024.xlsx"));

        // The commune: its page, a good form, then its neighbour's form by mistake.
        signIn("tralinh");
        browser.get(base + "/units/01447?period=2024");
        assertThat(text("h1")).contains("01447", "Thị trấn Trà Lĩnh");
        screenshot("commune-page");
        upload(good);
        assertThat(text("#verdict")).contains("Tệp được chấp nhận");
        assertThat(text("#uploaded-by")).isEqualTo("tralinh");
        assertThat(text("#received-at")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d");
        screenshot("good-form");
        String receivedAt = text("#received-at");

        browser.get(base + "/units/01447?period=2024");
        upload(neighbours);
        assertThat(text("#verdict")).contains("Tệp bị từ chối");
        assertThat(text("#findings")).contains("01480", "Biểu mẫu", "mỗi đơn vị chỉ gửi báo cáo của chính mình");
        screenshot("broken-form");
        browser.get(base + "/units/01447?period=2024");
        upload(Files.writeString(work.resolve("forms/thu-gui-huyen.xlsx"), "Kính gửi UBND huyện Trùng Khánh: báo cáo gửi kèm."));
        assertThat(text("#findings")).contains("Tệp không phải là bảng tính Excel");
        browser.get(base + "/units/047?period=2024");
        assertThat(text("h1")).contains("Không thực hiện được");
        assertThat(text("main")).contains("không có quyền");

        // English on request.
        browser.get(base + "/units/01447?period=2024&lang=en");
        assertThat(text("#history")).contains("Files received", "tra-linh-2024.xlsx", "accepted", "refused");
        screenshot("commune-history-en");
        browser.get(base + "/units/01447?period=2024&lang=vi");
        signOut();

        // The district: the board, every eligible commune approved at once, the roll-up, the report.
        signIn("trungkhanh");
        browser.get(base + "/units/047?period=2024");
        // Trà Lĩnh's form came after the commune deadline (15/12/2024), Ngọc Khê sent nothing.
        assertThat(boardRow("01447")).contains("Thị trấn Trà Lĩnh", "nộp muộn");
        assertThat(boardRow("01480")).contains("Xã Ngọc Khê", "chưa nộp");
        screenshot("district-board");
        browser.findElement(By.id("reason")).sendKeys("Đã đối chiếu với sổ hộ tịch");
        submit(By.id("approve-below"));
        assertThat(text("#done")).contains("Đã phê duyệt 1 đơn vị cấp dưới");
        browser.findElement(By.cssSelector("#left summary")).click();
        assertThat(text("#left")).contains("01480 Xã Ngọc Khê");
        assertThat(boardRow("01447")).contains("đã phê duyệt");
        assertThat(boardRow("01480")).contains("chưa nộp");
        screenshot("district-approved");

        browser.get(base + "/runs");
        browser.findElement(By.cssSelector("#period option[value='2024']")).click();
        // Waits for the page the button leads to. Clicked and refreshed at once, the page lost the form's request in one
        // CI run: no roll-up in the log, and for 60 s no table of runs on the page to read.
        submit(By.id("run-aggregate"));
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(300)).until(b -> {
            b.navigate().refresh();
            return !b.findElement(By.cssSelector("table.files tbody")).getText().contains("đang chạy");
        });
        // The page stays on the period the run was for, and says what the run did in the reader's language.
        assertThat(browser.findElement(By.cssSelector("#period option:checked")).getDomProperty("value")).isEqualTo("2024");
        assertThat(text("table.files tbody")).contains("Tổng hợp", "2024", "trungkhanh", "Đã tổng hợp lại",
                "danh mục đơn vị hành chính");
        screenshot("runs");
        browser.get(base + "/runs?period=2024&lang=en");
        assertThat(text("table.files tbody")).contains("Roll-up", "Recomputed", "lists of units");
        browser.get(base + "/runs?lang=vi");

        Path pdf = download("/units/047/report?period=2024", work.resolve("047-2024.pdf"));
        String report = Pdfs.read(pdf).text();
        assertThat(report).contains("Huyện Trùng Khánh", "Người gửi", "tra-linh-2024.xlsx", "tralinh", receivedAt.substring(0, 16));
        // Timeliness counts from the moment the portal had the bytes (the commune's deadline was 15/12/2024).
        Aggregates.ReportOwed owed = aggregates.reportsOwedBelow("2021-02-01", "2024", "01447").getFirst();
        assertThat(owed.status()).isEqualTo("late");
        assertThat(owed.receivedAt()).isEqualTo(jdbc.queryForObject(
                "select received_at from received_file where uploaded_by = 'tralinh' and outcome <> 'rejected'",
                java.time.LocalDateTime.class));
        assertThat(jdbc.queryForObject("select receipt_channel from received_file where uploaded_by = 'tralinh' "
                + "and outcome <> 'rejected'", String.class)).isEqualTo("portal");
        assertThat(jdbc.queryForObject("select count(*) from approval_event where action = 'approve' and done_by = ? "
                + "and reason = ?", Integer.class, "trungkhanh", "Đã đối chiếu với sổ hộ tịch")).isEqualTo(1);
        signOut();

        // The province's board, after the roll-up: Trùng Khánh has received one of the reports it and its communes owe.
        int owedInTrungKhanh = jdbc.queryForObject("select count(*) from report_due where version_id = '2021-02-01' "
                + "and period = '2024' and unit_code in (select code from admin_unit where version_id = '2021-02-01' "
                + "and (code = '047' or parent_code = '047'))", Integer.class);
        signIn("caobang");
        browser.get(base + "/units/04?period=2024");
        assertThat(browser.findElement(By.cssSelector("svg[role='img']")).getText())
                .contains("Huyện Trùng Khánh", "(1/" + owedInTrungKhanh + ")");
        screenshot("province-board");
    }

    private void signIn(String login) {
        browser.get(base + "/login");
        screenshot("sign-in");
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        submit(By.id("sign-in"));
    }

    private void signOut() {
        submit(By.cssSelector("header form button"));
        assertThat(text("main")).contains("Đã đăng xuất");
    }

    private void upload(Path form) {
        browser.findElement(By.id("upload-file")).sendKeys(form.toAbsolutePath().toString());
        submit(By.id("upload"));
    }

    /**
     * Clicks a button that sends a form and waits for the page it leads to: the click only starts the request, and
     * the old page read (or a page asked for) before the answer lands would be the wrong one.
     */
    private void submit(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> isGone(page));
    }

    /**
     * Whether the old page was replaced. Chromium says so in two ways: a stale element, or, when the question
     * reaches it as the new page comes in, an inspector error that the node "does not belong to the document".
     */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The status board's line of a unit, the states of its periods in order. */
    private String boardRow(String code) {
        return browser.findElement(By.xpath("//table[@class='board']//tr[td//span[@class='code' and text()='" + code + "']]"))
                .getText();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Downloads with the browser's session, as the link would. */
    private Path download(String path, Path to) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofFile(to));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
