package vn.practica.reporting.province;

/** What a province code looks like (shared/data/provinces.csv): two to eight capital letters. */
public final class ProvinceCodes {
    public static final int MAX_LENGTH = 8;
    public static final String PATTERN = "[A-Z]{2,8}";
    public static final String MESSAGE = "must be a province code such as HCM";

    private ProvinceCodes() {}
}
