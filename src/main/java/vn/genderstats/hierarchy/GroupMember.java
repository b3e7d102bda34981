package vn.genderstats.hierarchy;

/** A unit belonging to a group that reports break down by (urban, rural, mountainous …), within one version. */
public record GroupMember(String versionId, String groupCode, String unitCode) {

    public static final String URBAN = "URBAN";
    public static final String RURAL = "RURAL";
}
