package org.innograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTests {

	@Test
	void removesPinyinGlossesAndKeepsRealParentheses() {
		assertThat(ArticleText.withoutGlosses("您現(xiàn)在的位置")).isEqualTo("您現在的位置");
		assertThat(ArticleText.withoutGlosses("新取得進(jìn)口替代成果262項(xiàng)(累計(jì)436項(xiàng))"))
			.isEqualTo("新取得進口替代成果262項(累計436項)");
		assertThat(ArticleText.withoutGlosses("授予9個(gè)縣(市、區(qū))")).isEqualTo("授予9個縣(市、區)");
		assertThat(ArticleText.withoutGlosses("5個(gè)縣(市)通過")).isEqualTo("5個縣(市)通過");
		assertThat(ArticleText.withoutGlosses("GDP (gross) grew")).isEqualTo("GDP (gross) grew");
	}

	@Test
	void cutsTheBreadcrumbAndEverythingFromTheEditorsLineOn() throws IOException {
		var raw = Files.readString(Path.of("graph-schema/seed/documents/000_f7761f349029cf22.txt"),
				StandardCharsets.UTF_8);
		var body = ArticleText.body(raw);
		assertThat(body).startsWith("浙江省科技廳連續兩年榮獲高質量發展建設共同富裕示范區績效考核優秀\n日期: 2023年04月20日 09:04");
		assertThat(body).endsWith("著力打造更多標志性成果。");
		assertThat(body).doesNotContain("您現在的位置", "文章錄入", "ICP", "zgkjcx", "精品视频");
		assertThat(ArticleText.glossesIn(body)).isEmpty();
		assertThat(ArticleText.glossesIn(raw)).hasSizeGreaterThan(200);
	}

}
