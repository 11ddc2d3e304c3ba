/** Test-only beans deployed inside the EJB module of the test deployment, to reach the persistence layer. */
package it.sfide.testing.probe;
