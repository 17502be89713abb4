package org.innograph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.innograph.ingest.IngestRefused.Problem;
import org.innograph.seed.SeedFile;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.innograph.seed.SeedGraph.HeldText;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Curated facts for bulk import, in the seed's format (graph-schema/seed/FORMAT.md): a
 * JSON or YAML file with {@code documents}, {@code entities} and {@code facts}, or a CSV
 * file of facts, one a row, whose columns are the keys of a fact plus {@code doc},
 * {@code quote} and {@code inferred} for its source. Documents with a {@code file} read
 * it beside the curated file, cleaned as an ingested article is.
 */
final class CuratedFiles {

	static final List<String> CSV_COLUMNS = List.of("id", "type", "ref", "inferred", "note", "subject", "name",
			"nameEn", "value", "previousValue", "unit", "rawText", "bound", "period", "status", "rank", "list",
			"listEn", "edition", "publisher", "holder", "year", "date", "grantor", "grantorId", "awardId", "from",
			"relation", "to", "label", "doc", "quote", "sourceInferred");

	record Curated(SeedFile file, Map<String, HeldText> texts) {
	}

	private CuratedFiles() {
	}

	static Curated read(Path path) {
		var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			var content = Files.readString(path, StandardCharsets.UTF_8);
			SeedFile file;
			if (name.endsWith(".csv")) {
				file = new SeedFile(List.of(), List.of(), csv(content));
			}
			else {
				var mapper = name.endsWith(".json")
						? JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
						: YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
				var read = mapper.readValue(content, SeedFile.class);
				file = new SeedFile(orEmpty(read.documents()), orEmpty(read.entities()), orEmpty(read.facts()));
			}
			var texts = new HashMap<String, HeldText>();
			var cleaner = new ArticleCleaner(IngestRules.load().cleaning());
			for (var document : file.documents()) {
				if (document.file() != null) {
					var inDocuments = path.resolveSibling("documents").resolve(document.file());
					var bytes = Files
						.readAllBytes(Files.exists(inDocuments) ? inDocuments : path.resolveSibling(document.file()));
					var text = TextDecoder.decode(bytes, Long.MAX_VALUE).text();
					texts.put(document.file(), new HeldText(cleaner.clean(text).text(), Sha256.hex(bytes)));
				}
			}
			return new Curated(file, texts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		catch (JacksonException ex) {
			throw new IngestRefused(Problem.BAD_FACTS,
					"%s is not in the seed's format: %s".formatted(path, ex.getOriginalMessage()));
		}
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list == null) ? List.of() : list;
	}

	static List<FactEntry> csv(String content) {
		var facts = new ArrayList<FactEntry>();
		try {
			var records = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get()
				.parse(new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content));
			var unknown = new ArrayList<>(records.getHeaderNames());
			unknown.removeAll(CSV_COLUMNS);
			if (!unknown.isEmpty() || !records.getHeaderNames().containsAll(Set.of("id", "type", "doc", "quote"))) {
				throw new IngestRefused(Problem.BAD_FACTS,
						"The CSV header must name columns among %s, with id, type, doc and quote; unknown: %s"
							.formatted(CSV_COLUMNS, unknown));
			}
			for (var row : records) {
				var values = new HashMap<String, String>();
				for (var column : records.getHeaderNames()) {
					var value = row.isSet(column) ? row.get(column) : "";
					if (!value.isEmpty()) {
						values.put(column, value);
					}
				}
				var line = row.getRecordNumber() + 1;
				facts.add(new FactEntry(values.get("id"), values.get("type"), integer(values, "ref", line),
						bool(values, "inferred"), values.get("note"),
						List.of(new SourceEntry(values.get("doc"), values.get("quote"), bool(values, "sourceInferred"),
								null)),
						values.get("subject"), values.get("name"), values.get("nameEn"), number(values, "value", line),
						number(values, "previousValue", line), values.get("unit"), values.get("rawText"),
						values.get("bound"), values.get("period"), values.get("status"), integer(values, "rank", line),
						values.get("list"), values.get("listEn"), integer(values, "edition", line),
						values.get("publisher"), values.get("holder"), integer(values, "year", line),
						values.get("date"), values.get("grantor"), values.get("grantorId"), values.get("awardId"),
						values.get("from"), values.get("relation"), values.get("to"), values.get("label"), null, null));
			}
			return facts;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IngestRefused(Problem.BAD_FACTS, "The CSV cannot be read: " + ex.getMessage());
		}
	}

	private static @Nullable Double number(Map<String, String> values, String column, long line) {
		var value = values.get(column);
		try {
			return (value == null) ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IngestRefused(Problem.BAD_FACTS,
					"line %d: %s must be a number, was %s".formatted(line, column, value));
		}
	}

	private static @Nullable Integer integer(Map<String, String> values, String column, long line) {
		var value = number(values, column, line);
		return (value == null) ? null : value.intValue();
	}

	private static @Nullable Boolean bool(Map<String, String> values, String column) {
		var value = values.get(column);
		return (value == null) ? null : Boolean.valueOf(value);
	}

}
