/** Contract stages: contracts drafted from awards and signed by both parties, deliverables, acceptances, payments. */
package it.sfide.contract.boundary;
