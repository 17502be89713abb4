package org.innograph.security;

/** What a token may do: editors write entities and facts; admins also delete. */
public enum Role {

	EDITOR, ADMIN

}
