package org.innograph.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import org.innograph.store.GraphStore;

import org.springframework.stereotype.Component;

/**
 * Writes the whole graph to a file and reads it back into an empty store, both streamed:
 * memory does not grow with the graph. The file is JSON lines: a header (format, version,
 * counts), one line per node (keyed by its element id in the store it came from) and per
 * relationship (naming its nodes by those keys), and a trailer with the counts again and
 * the SHA-256 of every line before it. Migration records and the graph's version stay
 * out: the target store applies its own migrations, and its version moves on with the
 * restore's writes. {@link BackupWriter} writes the lines and {@link BackupReader} reads
 * them back, both by {@link BackupFormat}; {@link RestoreTarget} and
 * {@link RestoreBatches} write them into the store.
 */
@Component
public class GraphBackup {

	static final int BATCH = 1000;

	private final GraphStore store;

	GraphBackup(GraphStore store) {
		this.store = store;
	}

	/** Counts of what was written or read: nodes and relationships. */
	public record Counts(long nodes, long relationships) {
	}

	/**
	 * Backs the graph up to {@code file}: written as {@code file.partial} and moved to
	 * its name only when whole, so that a backup that fails or is stopped leaves no file
	 * that looks complete (and an older backup of that name as it was).
	 */
	public Counts backup(Path file) throws IOException {
		return backup(file, UnaryOperator.identity());
	}

	/**
	 * As {@link #backup(Path)}, with the file's stream wrapped, so tests can break it.
	 */
	Counts backup(Path file, UnaryOperator<OutputStream> wrap) throws IOException {
		var partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			Counts counts;
			try (var channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				var out = new BufferedWriter(
						new OutputStreamWriter(wrap.apply(Channels.newOutputStream(channel)), StandardCharsets.UTF_8),
						1 << 16);
				counts = this.store.readInOneTransaction(reads -> BackupWriter.write(reads, out));
				out.flush();
				channel.force(true);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return counts;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Restores a backup into a store that holds nothing but its migrations. */
	public Counts restore(Path file) throws IOException {
		return restore(file, false);
	}

	/**
	 * Restores a backup into a store that holds nothing but its migrations, or that holds
	 * an unfinished restore when {@code force} is given (which it clears first).
	 * @see #restore(Path, boolean, int, IntConsumer)
	 */
	public Counts restore(Path file, boolean force) throws IOException {
		return restore(file, force, BATCH, batch -> {
		});
	}

	/**
	 * Restores a backup. The file is read twice, line by line: first to check its
	 * checksum and counts, so that a damaged or truncated file is refused before anything
	 * is written; then to write it in batches. A marker node is written before the first
	 * batch and removed after the last one and the checks: a store that holds it is never
	 * served (see {@link UnfinishedRestoreCheck}), and only a forced restore clears it.
	 * @param batchSize the nodes or relationships written per transaction
	 * @param afterBatch called with the number of each batch written, from 1
	 */
	Counts restore(Path file, boolean force, int batchSize, IntConsumer afterBatch) throws IOException {
		var expected = BackupReader.read(file, item -> {
		});
		expected.check(file);
		var target = new RestoreTarget(this.store, batchSize);
		target.begin(file, force);
		var batches = new RestoreBatches(this.store, batchSize, afterBatch);
		var written = BackupReader.read(file, batches::add);
		batches.flush();
		if (!written.sha256().equals(expected.sha256())) {
			throw new IllegalStateException(
					file + " changed during the restore; the store holds an unfinished restore");
		}
		var counts = target.counts();
		if (counts.nodes() != written.nodes() || counts.relationships() != written.relationships()) {
			throw new IllegalStateException("Restored %s, but the backup holds %d nodes and %d relationships"
				.formatted(counts, written.nodes(), written.relationships()));
		}
		target.finish();
		return counts;
	}

}
