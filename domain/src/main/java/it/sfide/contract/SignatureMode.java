package it.sfide.contract;

/** How the operator's legal representative signed: on the platform, or outside it as PAdES or CAdES. */
public enum SignatureMode {
    PLATFORM, PADES, CADES
}
