package vn.genderstats.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.period.Period;

/**
 * Everything a form sheet shows: form identity and title, who reports to whom for which period and by
 * when, the rows, the language of the labels ("vi" or "en"), and (for a filled form) the figures keyed
 * "ELEMENT.DISAGG" such as "LIVE_BIRTHS.M".
 */
public record FormContent(
        String formId,
        String formVersion,
        LocalizedText title,
        String unitCode,
        String unitName,
        String receivingUnit,
        Period period,
        LocalDate deadline,
        List<DataElement> rows,
        Map<String, BigDecimal> figures,
        String lang) {

    public static final LocalizedText DEFAULT_TITLE = new LocalizedText("BÁO CÁO THỐNG KÊ VỀ BÌNH ĐẲNG GIỚI",
            "GENDER EQUALITY STATISTICAL REPORT");

    /** A Vietnamese form with the general title. */
    public FormContent(String formId, String formVersion, String unitCode, String unitName, String receivingUnit,
            Period period, LocalDate deadline, List<DataElement> rows, Map<String, BigDecimal> figures) {
        this(formId, formVersion, DEFAULT_TITLE, unitCode, unitName, receivingUnit, period, deadline, rows, figures,
                "vi");
    }

    public static String key(String element, String disagg) {
        return element + "." + disagg;
    }
}
