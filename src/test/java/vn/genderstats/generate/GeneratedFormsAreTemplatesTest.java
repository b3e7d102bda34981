package vn.genderstats.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.FormStamp;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;

/** What `generate` writes is each unit's own template with figures typed in, and reads back as such. */
class GeneratedFormsAreTemplatesTest {

    @TempDir
    Path out;

    @Test
    void everyGeneratedWorkbookIsItsUnitsTemplateFilledIn() throws Exception {
        Cli.Run run = Cli.run("generate", "--periods", "2024", "--province", "04", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        FormReader reader = new FormReader(Forms.CATALOG);
        Path commune = out.resolve("01489-xa-dinh-phong/bdg-2024.xlsx");
        Path department = out.resolve("04-SNV-so-noi-vu-tinh-cao-bang/bdg-2024.xlsx");
        String version = Forms.CATALOG.form("commune", "territory").orElseThrow().version();
        assertThat(FormStamp.read(commune)).contains(new FormStamp("01/BĐG-X", version));
        assertThat(FormStamp.read(department)).map(FormStamp::formId).contains("04/BĐG-S");

        FilledForm form = reader.read(commune);
        assertThat(form.unitCode().text()).isEqualTo("01489");
        assertThat(form.values()).isNotEmpty().allMatch(v -> Forms.CATALOG.element(v.element()).orElseThrow()
                .reportedBy("commune", "territory"));
        assertThat(form.findings()).isEmpty();
    }
}
