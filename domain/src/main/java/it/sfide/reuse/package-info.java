/**
 * The reuse catalogue: finished solutions of completed contracts described for reuse (a {@code publiccode.yml}
 * 0.4 can be generated from each), other public bodies' interest in them and their adoptions.
 */
package it.sfide.reuse;
