package vn.genderstats.hierarchy;

/**
 * A unit as listed in one version of the hierarchy. The code alone is not an identity: the same
 * code may name another unit in another version.
 */
public record AdminUnit(String versionId, String code, String name, String type, String tier, String kind,
        String parentCode) {

    public static final String NATION_CODE = "VN";

    public boolean isTerritory() {
        return "territory".equals(kind);
    }
}
