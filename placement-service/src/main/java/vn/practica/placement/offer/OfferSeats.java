package vn.practica.placement.offer;

/** An offer's seats ({@code totalJobOpenings}) and how many of them placements hold. */
public record OfferSeats(int seats, int taken) {
    public boolean full() {
        return taken >= seats;
    }
}
