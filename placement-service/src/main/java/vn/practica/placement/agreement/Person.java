package vn.practica.placement.agreement;

/** The school's supervisor or the business's mentor: the {@code sub} of their token and the name to print. */
public record Person(String subject, String name) {
    @Override
    public String toString() {
        return name + " (" + subject + ")";
    }
}
