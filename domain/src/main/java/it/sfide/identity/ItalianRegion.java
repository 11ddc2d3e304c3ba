package it.sfide.identity;

/** The twenty Italian regions (and the two autonomous provinces), as a public body's seat. */
public enum ItalianRegion {
    ABRUZZO, BASILICATA, CALABRIA, CAMPANIA, EMILIA_ROMAGNA, FRIULI_VENEZIA_GIULIA, LAZIO, LIGURIA, LOMBARDIA,
    MARCHE, MOLISE, PIEMONTE, PUGLIA, SARDEGNA, SICILIA, TOSCANA, TRENTINO_ALTO_ADIGE, UMBRIA, VALLE_D_AOSTA,
    VENETO
}
