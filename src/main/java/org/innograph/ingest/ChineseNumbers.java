package org.innograph.ingest;

import java.util.Optional;

/**
 * Figures written with Arabic digits ({@code 9785}, {@code 1,200}, {@code 12.5}), Chinese
 * numerals ({@code 十}, {@code 二十三}, {@code 一百零五}, {@code 两千}) or both ({@code 506亿},
 * {@code 3.2万}), in the normalised text.
 */
final class ChineseNumbers {

	/**
	 * A figure: its value, where it ends, and whether it is written in Chinese numerals.
	 */
	record Figure(double value, int start, int end, boolean chinese) {
	}

	private static final String DIGITS = "〇零一二两三四五六七八九";

	private static final int[] DIGIT_VALUES = { 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9 };

	private ChineseNumbers() {
	}

	static boolean isNumeral(char c) {
		return DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0;
	}

	static boolean startsFigure(String text, int i) {
		char c = text.charAt(i);
		return (c >= '0' && c <= '9') || isNumeral(c);
	}

	/** The figure that starts at the index, if one does. */
	static Optional<Figure> at(String text, int start) {
		if (start >= text.length()) {
			return Optional.empty();
		}
		char first = text.charAt(start);
		if (first >= '0' && first <= '9') {
			int i = start;
			var digits = new StringBuilder();
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c >= '0' && c <= '9') {
					digits.append(c);
				}
				else if (c == ',' && isThousands(text, i)) {
					// 1,200: a thousands separator, not a clause break.
				}
				else if (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
						&& digits.indexOf(".") < 0) {
					digits.append(c);
				}
				else {
					break;
				}
				i++;
			}
			double value = Double.parseDouble(digits.toString());
			// A multiplier written in Chinese after the digits: 506亿, 3.2万, 1.5千万.
			while (i < text.length()) {
				char c = text.charAt(i);
				double factor = switch (c) {
					case '万' -> 1e4;
					case '亿' -> 1e8;
					case '千' -> 1e3;
					case '百' -> 1e2;
					default -> 0;
				};
				// 百 only before 万 or 亿: "5百强" is a name, "5百万" a figure.
				if (factor == 0
						|| (factor == 1e2 && (i + 1 >= text.length() || "万亿".indexOf(text.charAt(i + 1)) < 0))) {
					break;
				}
				value *= factor;
				i++;
			}
			return Optional.of(new Figure(round(value), start, i, false));
		}
		var bare = bareMagnitude(text, start);
		if (bare.isPresent()) {
			return bare;
		}
		if (!isNumeral(first) || first == '万' || first == '亿' || first == '百' || first == '千') {
			return Optional.empty();
		}
		int end = start;
		while (end < text.length() && isNumeral(text.charAt(end))) {
			end++;
		}
		var value = chinese(text.substring(start, end));
		return value < 0 ? Optional.empty() : Optional.of(new Figure(value, start, end, true));
	}

	/**
	 * A magnitude written without a digit: 首超千亿元, 均达百亿元以上 (after a verb of reaching), 万余家
	 * (with 余 or 多). Not 万人计划 nor 千万: a name, or a digit's multiplier.
	 */
	private static Optional<Figure> bareMagnitude(String text, int start) {
		char first = text.charAt(start);
		char next = (start + 1 < text.length()) ? text.charAt(start + 1) : ' ';
		char before = (start > 0) ? text.charAt(start - 1) : ' ';
		boolean reached = "超破达过逾".indexOf(before) >= 0;
		if ((first == '千' || first == '百') && (next == '亿' || next == '万') && reached) {
			double value = ((first == '千') ? 1e3 : 1e2) * ((next == '亿') ? 1e8 : 1e4);
			return Optional.of(new Figure(value, start, start + 2, true));
		}
		if (first == '万' && (next == '余' || next == '多' || (reached && next == '元'))) {
			return Optional.of(new Figure(1e4, start, start + 1, true));
		}
		return Optional.empty();
	}

	private static boolean isThousands(String text, int comma) {
		for (int k = 1; k <= 3; k++) {
			if (comma + k >= text.length() || !Character.isDigit(text.charAt(comma + k))) {
				return false;
			}
		}
		return comma + 4 >= text.length() || !Character.isDigit(text.charAt(comma + 4));
	}

	/** The value of a Chinese numeral, or -1 when it is not one. */
	static double chinese(String numeral) {
		double total = 0;
		double section = 0;
		double digit = 0;
		boolean any = false;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int d = DIGITS.indexOf(c);
			if (d >= 0) {
				digit = DIGIT_VALUES[d];
				any = true;
				continue;
			}
			switch (c) {
				case '十' -> {
					section += ((digit == 0 && !any) ? 1 : digit) * 10;
					digit = 0;
				}
				case '百' -> {
					section += digit * 100;
					digit = 0;
				}
				case '千' -> {
					section += digit * 1000;
					digit = 0;
				}
				case '万' -> {
					total += (section + digit) * 1e4;
					section = 0;
					digit = 0;
				}
				case '亿' -> {
					total = (total + section + digit) * 1e8;
					section = 0;
					digit = 0;
				}
				default -> {
					return -1;
				}
			}
			any = true;
		}
		return total + section + digit;
	}

	private static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

}
