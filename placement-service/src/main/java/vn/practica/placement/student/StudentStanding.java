package vn.practica.placement.student;

import java.util.UUID;

/** Where a student stands in their school: what offers' eligibility and competency coverage are judged by. */
public record StudentStanding(UUID schoolId, String programSourcedId, int yearOfStudy) {}
