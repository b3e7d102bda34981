package vn.genderstats.validate;

import java.util.Locale;
import java.util.Optional;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.statistics.SexRatioInterval;
import vn.genderstats.statistics.WilsonInterval;

/**
 * The sex ratio at birth judged with the births behind it: the share of boys gets a Wilson score
 * interval ({@link SexRatioInterval}, the band the report prints), and only when the whole interval lies outside
 * the plausible band is the unit warned. A commune with 12 births can show any ratio by chance; 1,200 births at
 * 125 cannot.
 */
final class SexRatioAtBirth {

    static final String RULE = "plausibility.sex-ratio-at-birth";
    static final String BIRTHS = "LIVE_BIRTHS";

    private SexRatioAtBirth() {
    }

    static Optional<Finding> judge(FormFigures figures, PlausibilitySettings settings, String sheet) {
        Optional<FormValue> boys = figures.value(BIRTHS, "M");
        Optional<FormValue> girls = figures.value(BIRTHS, "F");
        if (boys.isEmpty() || girls.isEmpty()) {
            return Optional.empty();
        }
        long b = boys.get().amount().longValue();
        long g = girls.get().amount().longValue();
        if (b + g == 0) {
            return Optional.empty();
        }
        SexRatioInterval srb = SexRatioInterval.of(b, g, settings.confidence());
        WilsonInterval share = srb.boyShare();
        double bandLow = settings.srbLow() / (settings.srbLow() + 100);
        double bandHigh = settings.srbHigh() / (settings.srbHigh() + 100);
        if (share.high() >= bandLow && share.low() <= bandHigh) {
            return Optional.empty();
        }
        String ratio = g == 0 ? "∞" : String.format(Locale.ROOT, "%.1f", 100.0 * b / g);
        String interval = ratio(srb.low()) + "–" + ratio(srb.high());
        int percent = (int) Math.round(settings.confidence() * 100);
        String band = fmt(settings.srbLow()) + "–" + fmt(settings.srbHigh());
        return Optional.of(Finding.warning(RULE, sheet, boys.get().cell(),
                "Tỷ số giới tính khi sinh " + ratio.replace('.', ',') + " bé trai/100 bé gái (" + figures.figure(boys.get(), "vi")
                        + ", " + figures.figure(girls.get(), "vi") + ") nằm ngoài khoảng hợp lý " + band.replace('.', ',')
                        + " kể cả khi tính đến biến động ngẫu nhiên (khoảng tin cậy " + percent + "%: "
                        + interval.replace('.', ',') + "). Đề nghị kiểm tra lại số trẻ sinh ra (quy tắc " + RULE + ").",
                "Sex ratio at birth " + ratio + " boys per 100 girls (" + figures.figure(boys.get(), "en") + ", "
                        + figures.figure(girls.get(), "en") + ") lies outside the plausible band " + band
                        + " even allowing for chance (" + percent + "% interval: " + interval
                        + "). Please check the births (rule " + RULE + ").")
                .about(boys.get()));
    }

    private static String ratio(double ratio) {
        return Double.isInfinite(ratio) ? "∞" : String.format(Locale.ROOT, "%.1f", ratio);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
