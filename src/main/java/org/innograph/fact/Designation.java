package org.innograph.fact;

import org.jspecify.annotations.Nullable;

public record Designation(String id, String name, @Nullable String nameEn, @Nullable Integer year,
		@Nullable String date, @Nullable String grantor, boolean inferred, @Nullable String note, String holderId,
		@Nullable String awardId, @Nullable String grantorId, String status) implements Fact {
}
