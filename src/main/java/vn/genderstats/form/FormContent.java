package vn.genderstats.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.period.Period;

/**
 * Everything a form sheet shows: form identity, who reports to whom for which period and by when, the
 * rows, and (for a filled form) the figures keyed "ELEMENT.DISAGG" such as "LIVE_BIRTHS.M".
 */
public record FormContent(
        String formId,
        String formVersion,
        String unitCode,
        String unitName,
        String receivingUnit,
        Period period,
        LocalDate deadline,
        List<DataElement> rows,
        Map<String, BigDecimal> figures) {

    public static String key(String element, String disagg) {
        return element + "." + disagg;
    }
}
