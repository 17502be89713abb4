package org.innograph.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * Reads a backup line by line, so that memory does not grow with the graph, and says
 * whether the file is whole: its format, its checksum and its counts.
 */
final class BackupReader {

	private BackupReader() {
	}

	/** Takes each node or relationship of a backup. */
	@FunctionalInterface
	interface Items {

		void take(Map<String, Object> item);

	}

	/**
	 * What a backup's header and trailer say, and what its lines hold and hash to.
	 */
	record Reading(Map<String, Object> header, Map<String, Object> trailer, String sha256, long nodes,
			long relationships) {

		void check(Path file) {
			if (!BackupFormat.FORMAT.equals(this.header.get("format"))
					|| !Integer.valueOf(BackupFormat.VERSION).equals(this.header.get("version"))) {
				throw new IllegalArgumentException(file + " is not an Innograph backup of version "
						+ BackupFormat.VERSION + ": " + this.header.get("format"));
			}
			if (!this.sha256.equals(this.trailer.get("sha256"))) {
				throw new IllegalArgumentException(file + " is damaged: its checksum does not match its content");
			}
			if (!matches(this.header) || !matches(this.trailer)) {
				throw new IllegalArgumentException(file + " is incomplete: its counts do not match its lines");
			}
		}

		private boolean matches(Map<String, Object> counts) {
			return counts.get("nodes") instanceof Number nodes && nodes.longValue() == this.nodes
					&& counts.get("relationships") instanceof Number relationships
					&& relationships.longValue() == this.relationships;
		}

	}

	/**
	 * Reads a backup line by line, hashing every line but the last (the trailer) and
	 * handing each node and relationship on as it comes.
	 */
	static Reading read(Path file, Items items) throws IOException {
		var digest = Sha256.digest();
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			var first = in.readLine();
			if (first == null) {
				throw new IllegalArgumentException(file + " is not an Innograph backup: it is empty");
			}
			Map<String, Object> header = BackupFormat.parse(file, first);
			BackupFormat.hash(digest, first);
			@Nullable String pending = null;
			long nodes = 0;
			long relationships = 0;
			for (var line = in.readLine(); line != null; line = in.readLine()) {
				if (pending != null) {
					BackupFormat.hash(digest, pending);
					var item = BackupFormat.parse(file, pending);
					if (item.containsKey("n")) {
						nodes++;
					}
					else if (item.containsKey("r")) {
						relationships++;
					}
					else {
						throw new IllegalArgumentException(
								file + " holds a line that is neither node nor relationship");
					}
					items.take(item);
				}
				pending = line;
			}
			if (pending == null) {
				throw new IllegalArgumentException(file + " is incomplete: it has no trailer");
			}
			Map<String, Object> trailer = BackupFormat.parse(file, pending);
			return new Reading(header, trailer, BackupFormat.hex(digest), nodes, relationships);
		}
	}

}
