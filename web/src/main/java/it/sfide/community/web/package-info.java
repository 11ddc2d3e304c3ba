/** The community pages: the list of communities, a community with its discussions, a discussion. */
package it.sfide.community.web;
