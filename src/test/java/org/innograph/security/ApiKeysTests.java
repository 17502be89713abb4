package org.innograph.security;

import java.util.List;

import org.innograph.store.Sha256;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiKeysTests {

	static ApiKeys keys(boolean publicReads) {
		return new ApiKeys(new SecurityProperties(publicReads,
				List.of("editor:" + Sha256.hex("the-editor-key"), "ADMIN:" + Sha256.hex("the-admin-key"))));
	}

	@Test
	void aKeyGivesItsRolesAndAnAdminIsAlsoAnEditor() {
		var keys = keys(true);
		assertThat(keys.roles("Bearer the-editor-key")).containsExactly(Role.EDITOR);
		assertThat(keys.roles("Bearer the-admin-key")).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
		assertThat(keys.roles("Bearer another-key")).isEmpty();
		assertThat(keys.roles("the-editor-key")).as("not a bearer token").isEmpty();
		assertThat(keys.roles(null)).isEmpty();
		assertThat(keys.readsNeedAKey()).isFalse();
		assertThat(keys(false).readsNeedAKey()).isTrue();
	}

	@Test
	void keysAreConfiguredAsHashesOnly() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ApiKeys(new SecurityProperties(true, List.of("editor:the-editor-key"))))
			.withMessageContaining("role:sha256");
	}

}
