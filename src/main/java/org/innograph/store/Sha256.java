package org.innograph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, as every checksum and key hash of the project takes it: migrations, the seed,
 * citations, trusted documents, API keys and backups.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The lower-case hex digest of the bytes. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	/** The lower-case hex digest of the text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A fresh digest, for content fed in parts. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform provides SHA-256.
			throw new IllegalStateException(ex);
		}
	}

}
