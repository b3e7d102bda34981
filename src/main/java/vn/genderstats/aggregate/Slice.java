package vn.genderstats.aggregate;

/**
 * One roll-up: the figures of {@code period}, reported on the units of {@code sourceVersion}, added up on the
 * units of {@code targetVersion}. The two are the same for the period's own list (native); a restated slice puts
 * older figures on today's units.
 */
public record Slice(String sourceVersion, String targetVersion, String period) {

    public static Slice nativeOn(String version, String period) {
        return new Slice(version, version, period);
    }

    public boolean restated() {
        return !sourceVersion.equals(targetVersion);
    }

    @Override
    public String toString() {
        return restated() ? period + " " + sourceVersion + " → " + targetVersion : period + " " + sourceVersion;
    }
}
