package org.innograph.security;

import java.util.Set;

import graphql.GraphQLContext;

/** The roles of the request's token, as the request context holds them. */
public final class Access {

	static final String ROLES = "roles";

	private Access() {
	}

	/**
	 * Requires the role (admin covers editor); throws UNAUTHORIZED or FORBIDDEN
	 * otherwise.
	 */
	public static void require(GraphQLContext context, Role role) {
		Set<Role> roles = context.getOrDefault(ROLES, Set.of());
		if (roles.isEmpty()) {
			throw new AccessDeniedException(false,
					"This operation needs a token: send 'Authorization: Bearer <key>' with an %s key"
						.formatted(role.name().toLowerCase(java.util.Locale.ROOT)));
		}
		if (!roles.contains(role) && !roles.contains(Role.ADMIN)) {
			throw new AccessDeniedException(true,
					"This operation needs the %s role".formatted(role.name().toLowerCase(java.util.Locale.ROOT)));
		}
	}

}
