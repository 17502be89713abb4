package org.innograph.names;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFormsTests {

	@Test
	void foldsCaseTonesSpacesAndQuotes() {
		assertThat(NameForms.key("Níngbō")).isEqualTo("ningbo");
		assertThat(NameForms.key("Ning Bo")).isEqualTo("ningbo");
		assertThat(NameForms.key("ＮＩＮＧＢＯ")).isEqualTo("ningbo");
		assertThat(NameForms.key("“315”科技创新体系")).isEqualTo("315科技创新体系");
		assertThat(NameForms.key("Lǚ")).isEqualTo("lu");
		assertThat(NameForms.key("  ")).isEmpty();
	}

	@Test
	void keepsSimplifiedAndTraditionalApart() {
		assertThat(NameForms.key("宁波")).isNotEqualTo(NameForms.key("寧波"));
	}

	@Test
	void dropsAdministrativeSuffixesOnlyForAdministrativeDivisions() {
		assertThat(NameForms.keys(List.of("宁波市", "Ningbo City", "Níngbō Shì"), true)).containsExactly("宁波市", "宁波",
				"ningbocity", "ningbo", "ningboshi");
		assertThat(NameForms.keys(List.of("宁波温州国家自主创新示范区"), false)).containsExactly("宁波温州国家自主创新示范区");
		assertThat(NameForms.keys(List.of("市"), true)).containsExactly("市");
	}

	@Test
	void looksUpANameWithAndWithoutItsSuffix() {
		assertThat(NameForms.lookupKeys("Ningbo City")).containsExactly("ningbocity", "ningbo");
		assertThat(NameForms.lookupKeys("杭州")).containsExactly("杭州");
	}

}
