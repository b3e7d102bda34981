package vn.genderstats.form;

import java.util.List;

/** What a unit's workbook says: who, for which period, on which form, and its figures. */
public record FilledForm(
        String sheet,
        HeaderField formId,
        HeaderField formVersion,
        HeaderField unitCode,
        HeaderField unitName,
        HeaderField period,
        List<FormValue> values,
        List<Finding> findings) {
}
