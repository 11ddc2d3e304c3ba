/**
 * Contract stages: the contract drafted from an award and signed by both parties, its milestones with the operator's
 * deliverables and the buyer's acceptances, and the payments recorded against accepted milestones.
 */
package it.sfide.contract;
