/** Challenge queries, the catalogue search, access rules, the signed notice, deadline closing and notifications. */
package it.sfide.challenge.control;
