package vn.practica.catalog.curriculum.oneroster;

/**
 * The characters one import keeps from a bundle's lines until the sync has run (org ids, course values, line
 * error messages), counted against a budget. Row caps alone would still let long values pile up; with this an
 * import holds a bounded amount of text, whatever its lines contain, so several hostile uploads at once cannot
 * exhaust the heap.
 */
public final class KeptText {
    private final long maxChars;
    private long kept;

    public KeptText(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Counts {@code value} as kept and returns it; refuses the bundle (413) once the budget is spent. */
    public String keep(String value) {
        kept += value.length();
        if (kept > maxChars) {
            throw BundleReader.tooLarge("The bundle's orgs and courses hold more than " + maxChars
                    + " characters of text; send fewer or shorter lines");
        }
        return value;
    }
}
