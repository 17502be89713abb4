package org.innograph.security;

/** A write without a valid token (UNAUTHORIZED) or with too small a role (FORBIDDEN). */
public class AccessDeniedException extends RuntimeException {

	private final boolean authenticated;

	AccessDeniedException(boolean authenticated, String message) {
		super(message);
		this.authenticated = authenticated;
	}

	public boolean authenticated() {
		return this.authenticated;
	}

}
