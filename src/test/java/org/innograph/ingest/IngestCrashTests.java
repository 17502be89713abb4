package org.innograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.innograph.ServiceProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingest FILE} killed with SIGKILL while it writes a long article, then run again
 * on the same store: the article is either all there or not there at all, never in part.
 */
class IngestCrashTests {

	private static final Pattern SUMMARY = Pattern
		.compile("document (doc-[0-9a-f]+)( \\(new\\))?: (\\d+) facts, (\\d+) new, (\\d+) already there");

	/** A long article of the genre, so that its one write transaction takes a while. */
	static String longArticle() {
		var text = new StringBuilder("某省科技厅发布各市科技创新工作进展\n日期：2024年03月01日 来源：某省科技厅\n");
		for (int i = 1; i <= 400; i++) {
			text.append("第%d片区新增高新技术企业%d家，技术合同成交额同比增长%d.5%%，研发投入约%d亿元，科技型中小企业超过%d家。\n".formatted(i, 100 + i, i % 40 + 1,
					10 + i, 1000 + i));
		}
		return text.toString();
	}

	static Process ingest(Path dataDir, Path article, Path log) throws IOException {
		return ServiceProcess.start(List.of("ingest", article.toString(), "--innograph.store.data-dir=" + dataDir),
				log);
	}

	@Test
	void aKilledLoadLeavesNoPartialDocument() throws Exception {
		var root = Files.createDirectories(Path.of("target/neo4j-test/ingest-crash-" + System.nanoTime()))
			.toAbsolutePath();
		var article = Files.writeString(root.resolve("long-article.txt"), longArticle());
		var dataDir = root.resolve("data");

		var first = ingest(dataDir, article, root.resolve("first.log"));
		var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!Files.readString(root.resolve("first.log")).contains("writing") && first.isAlive()
				&& System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		// Killed while its one transaction is under way.
		Thread.sleep(150);
		first.destroyForcibly().waitFor();
		var killedBeforeTheEnd = !SUMMARY.matcher(Files.readString(root.resolve("first.log"))).find();

		var second = ingest(dataDir, article, root.resolve("second.log"));
		assertThat(second.waitFor()).as(Files.readString(root.resolve("second.log"))).isZero();
		var summary = SUMMARY.matcher(Files.readString(root.resolve("second.log")));
		assertThat(summary.find()).as(Files.readString(root.resolve("second.log"))).isTrue();
		boolean documentNew = summary.group(2) != null;
		int facts = Integer.parseInt(summary.group(3));
		int created = Integer.parseInt(summary.group(4));
		assertThat(facts).isGreaterThan(1000);
		if (documentNew) {
			assertThat(created).as("nothing of the killed load was there").isEqualTo(facts);
		}
		else {
			assertThat(created).as("the killed load had committed whole").isZero();
		}
		System.out.printf("%nIngest killed %s; the next run found the document %s%n",
				killedBeforeTheEnd ? "before it finished" : "after it finished", documentNew ? "absent" : "whole");
	}

}
