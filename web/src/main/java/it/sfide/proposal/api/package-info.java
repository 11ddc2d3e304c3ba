/** The proposals API: {@code /api/v1/challenges/{id}/proposals} and {@code /api/v1/proposals}. */
package it.sfide.proposal.api;
