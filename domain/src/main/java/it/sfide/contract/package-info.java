/** Contracts: awards, signatures, milestones, stage gates and completion. */
package it.sfide.contract;
