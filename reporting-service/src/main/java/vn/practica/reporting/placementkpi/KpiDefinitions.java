package vn.practica.reporting.placementkpi;

/**
 * Each placement KPI's definition, written once: the OpenAPI document states them (schema descriptions and the
 * endpoint's description) and docs/kpis.md quotes them word for word ({@code KpiDefinitionsDocumentedTest}).
 */
final class KpiDefinitions {
    static final String PERIOD =
            "The period's label: 2027-03 (month), 2027-Q1 (quarter) or 2027 (year), in" + " Vietnam time.";
    static final String FIELD = "The offer's field of practical work.";
    static final String PROVINCE =
            "Where the work is done; null for remote work (and in rows that total over" + " province, see totalOver).";
    static final String SCHOOL = "The student's school, or the school that applied for one of its courses. Offers"
            + " belong to no school: in a row of one school the offer side (offers, seats, fill rate, businesses)"
            + " is null.";
    static final String BUSINESS = "The business that posts the offer.";
    static final String TOTAL_OVER = "The grouped dimensions this row totals over: [] for the finest rows, every"
            + " grouped dimension for the period's grand total.";
    static final String SUPPRESSED = "True when the row describes 1 to k-1 distinct students, or is suppressed"
            + " with it so that it cannot be recomputed from totals; every student KPI of the row is then null.";

    static final String OFFERS_PUBLISHED =
            "Offers first published in the period, each counted once whatever" + " became of it later.";
    static final String SEATS_OFFERED =
            "Seats (totalJobOpenings, as last updated) of the offers published in the" + " period.";
    static final String FILLED_SEATS = "Seats of the offers published in the period that a placement holds now:"
            + " placements neither withdrawn nor terminated.";
    static final String FILL_RATE = "Filled seats divided by seats offered, to four decimals; null without seats.";
    static final String APPLICATIONS =
            "Applications submitted in the period, by students and by schools for a" + " course.";
    static final String ACTIVE_APPLICANTS =
            "Distinct students with at least one application submitted in the" + " period.";
    static final String PLACED_APPLICANTS = "Active applicants of the period with at least one of those"
            + " applications accepted into a placement, whatever became of the placement later.";
    static final String PLACEMENT_RATE =
            "Placed applicants divided by active applicants, to four decimals; null" + " without applicants.";
    static final String UNMET_DEMAND = "Active applicants of the period never placed from those applications:"
            + " active applicants minus placed applicants.";
    static final String MEDIAN_DAYS = "Median of the days from an application's submission to its placement,"
            + " over the placed student applications submitted in the period, to one decimal; null when none was"
            + " placed.";
    static final String APPLICATION_WITHDRAWALS = "Applications their applicant withdrew in the period.";
    static final String PLACEMENT_WITHDRAWALS =
            "Placements the student, the school or the business withdrew in" + " the period.";
    static final String TERMINATIONS = "Placements ended in the period because their offer was cancelled.";
    static final String PARTICIPATING_BUSINESSES =
            "Distinct businesses that published at least one offer in the" + " period.";
    static final String NEW_BUSINESSES =
            "Participating businesses whose first offer in the programme was" + " published in the period.";
    static final String REPEAT_BUSINESSES =
            "Participating businesses that had published an offer before the" + " period: participating minus new.";
    static final String PARTICIPATING_SCHOOLS = "Distinct schools with at least one application submitted in the"
            + " period, by their students or for their courses.";
    static final String NEW_SCHOOLS =
            "Participating schools whose first application in the programme was" + " submitted in the period.";
    static final String REPEAT_SCHOOLS =
            "Participating schools with an application before the period:" + " participating minus new.";

    static final String ENDPOINT = "Placement KPIs of the period(s) from the first day of from's period to the"
            + " last day of to's, one row per period and combination of the groupBy dimensions, with every total"
            + " and sub-total (totalOver names what a row totals over). Every fact counts in the period of its own"
            + " time (Vietnam time): offers and their seats by publication, applications by submission, withdrawals"
            + " and terminations when they happened. Privacy: only aggregates; a row describing 1 to k-1 distinct"
            + " students (k = minimumCellSize) is suppressed, and so are complementary rows, so that no suppressed"
            + " row can be recomputed from the published rows and totals by subtraction; suppressed rows have"
            + " suppressed true and null student KPIs, in JSON and CSV alike. Tenancy: the State reads every"
            + " slice; a school reads only its own students' (schoolId is its organization), a business only its"
            + " own offers' (businessId is its organization). Accept text/csv for the same table as UTF-8 CSV with"
            + " a byte order mark. KPIs: offersPublished: " + OFFERS_PUBLISHED + " seatsOffered: " + SEATS_OFFERED
            + " filledSeats: " + FILLED_SEATS + " fillRate: " + FILL_RATE + " applications: " + APPLICATIONS
            + " activeApplicants: " + ACTIVE_APPLICANTS + " placedApplicants: " + PLACED_APPLICANTS
            + " placementRate: " + PLACEMENT_RATE + " unmetDemand: " + UNMET_DEMAND + " medianDaysToPlacement: "
            + MEDIAN_DAYS + " applicationWithdrawals: " + APPLICATION_WITHDRAWALS + " placementWithdrawals: "
            + PLACEMENT_WITHDRAWALS + " terminations: " + TERMINATIONS + " participatingBusinesses: "
            + PARTICIPATING_BUSINESSES + " newBusinesses: " + NEW_BUSINESSES + " repeatBusinesses: "
            + REPEAT_BUSINESSES + " participatingSchools: " + PARTICIPATING_SCHOOLS + " newSchools: " + NEW_SCHOOLS
            + " repeatSchools: " + REPEAT_SCHOOLS;

    private KpiDefinitions() {}
}
