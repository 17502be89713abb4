package org.innograph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.innograph.ingest.IngestRefused.Problem;

/**
 * The read stage: bytes to text. UTF-8 (with or without a byte-order mark) is tried
 * first; otherwise GB18030 (a superset of GBK and GB2312) and Big5, which both accept
 * most byte sequences of the other, compete on how much of the decoded text is common
 * Chinese. Input that is empty, binary, too large, undecodable or HTML is refused with
 * the problem named.
 */
final class TextDecoder {

	record Decoded(String text, String charset) {
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset BIG5 = Charset.forName("Big5");

	private static final Pattern HTML = Pattern.compile(
			"(?i)<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]|<(div|p|span|table|script|br)(\\s[^>]*)?/?>");

	private TextDecoder() {
	}

	static Decoded decode(byte[] bytes, long maxBytes) {
		if (bytes.length == 0) {
			throw new IngestRefused(Problem.EMPTY, "The input is empty");
		}
		if (bytes.length > maxBytes) {
			throw new IngestRefused(Problem.TOO_LARGE, "The input has %d bytes, more than the limit of %d (%s)"
				.formatted(bytes.length, maxBytes, "innograph.ingest.max-bytes"));
		}
		if (looksBinary(bytes)) {
			throw new IngestRefused(Problem.BINARY,
					"The input is binary (it holds NUL or control bytes), not a text file");
		}
		var decoded = strictly(bytes, StandardCharsets.UTF_8).map(text -> new Decoded(text, "UTF-8"))
			.or(() -> bestChinese(bytes))
			.orElseThrow(() -> new IngestRefused(Problem.UNDECODABLE,
					"The input is not valid UTF-8, GB18030/GBK or Big5 text"));
		var text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
		if (text.isBlank()) {
			throw new IngestRefused(Problem.EMPTY, "The input holds only white space");
		}
		if (HTML.matcher(text).find()) {
			throw new IngestRefused(Problem.HTML,
					"The input is HTML; save the article as plain text (the page's visible text) and try again");
		}
		if (text.codePoints().noneMatch(ChineseCharacters::isHan)) {
			throw new IngestRefused(Problem.NOT_CHINESE, "The input holds no Chinese text");
		}
		return new Decoded(text, decoded.charset());
	}

	/** NUL bytes, or more than 1 % of other control bytes besides tab, CR, LF and FF. */
	private static boolean looksBinary(byte[] bytes) {
		int controls = 0;
		int sample = Math.min(bytes.length, 65536);
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
				controls++;
			}
		}
		return controls * 100 > sample;
	}

	private static Optional<Decoded> bestChinese(byte[] bytes) {
		Decoded best = null;
		double bestScore = -1;
		for (var charset : List.of(GB18030, BIG5)) {
			var text = strictly(bytes, charset);
			if (text.isPresent()) {
				var score = commonShare(text.get());
				if (score > bestScore) {
					best = new Decoded(text.get(), charset.name());
					bestScore = score;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The share of Han characters that are common ones: text decoded with the wrong one
	 * of GB18030 and Big5 turns into rare characters.
	 */
	static double commonShare(String text) {
		int han = 0;
		int common = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ChineseCharacters.isHan(c)) {
				han++;
				if (CommonCharacters.isCommon(c)) {
					common++;
				}
			}
			else if (c >= 0xE000 && c <= 0xF8FF) {
				// Private use: a sure sign of the wrong decoder.
				han++;
			}
		}
		return (han == 0) ? 0 : (double) common / han;
	}

	private static Optional<String> strictly(byte[] bytes, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
