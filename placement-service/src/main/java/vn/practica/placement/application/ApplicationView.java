package vn.practica.placement.application;

import java.time.LocalDate;
import vn.practica.placement.coverage.Coverage;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.student.StudentDetails;

/**
 * An application as one reader sees it, with what that reader is shown beside it: the offer, the student (for
 * the business and the school; null otherwise and for a school's application) and, for the business, how much of
 * the offer's required competency items the student's programme covers.
 *
 * @param today the day in Vietnam the view was made, which decides whether an unanswered offer has expired
 */
record ApplicationView(
        Application application,
        ApplicationAudience audience,
        OfferTerms offer,
        StudentDetails student,
        Coverage coverage,
        LocalDate today) {}
