/** The reuse catalogue: publishing a completed contract's solution, search, interest, adoption, publiccode.yml. */
package it.sfide.reuse.boundary;
