package it.sfide.reuse.boundary;

import java.time.LocalDate;

/** An adoption as another body's officer records it: since when, where it is in use, its address (optional). */
public record AdoptionForm(LocalDate since, String whereInUse, String url) {
}
