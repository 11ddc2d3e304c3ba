package it.sfide.identity.boundary;

/**
 * A second factor being set up: the secret in Base32 (to type into an app), its {@code otpauth://} address and
 * that address as a QR code ({@code data:image/png}). Shown to the person only, never stored in clear.
 */
public record Enrolment(String secret, String uri, String qrCode) {
}
