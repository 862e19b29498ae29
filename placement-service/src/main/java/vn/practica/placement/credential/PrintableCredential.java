package vn.practica.placement.credential;

/** A credential as printed for its holder: the credential and the holder's name from the school's record. */
public record PrintableCredential(CredentialView credential, String holderName) {}
