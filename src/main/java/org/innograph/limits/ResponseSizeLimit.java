package org.innograph.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Caps the size of a result while it is built: each completed field adds about what it
 * will weigh in the JSON answer; once a request is over the cap, its fetchers that reach
 * the store return nothing more, and the answer is one error naming the limit instead of
 * the data. The cost estimate bounds a request before it runs; this bounds what a request
 * the estimate let through may still bring back (long texts, wide pages).
 */
final class ResponseSizeLimit extends SimplePerformantInstrumentation {

	private final long cap;

	ResponseSizeLimit(long cap) {
		this.cap = cap;
	}

	/** The bytes of one request's result so far. */
	private static final class Size implements InstrumentationState {

		private final AtomicLong bytes = new AtomicLong();

		private final long cap;

		Size(long cap) {
			this.cap = cap;
		}

		void add(long more) {
			this.bytes.addAndGet(more);
		}

		boolean over() {
			return this.bytes.get() > this.cap;
		}

	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Size(this.cap));
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		if (state instanceof Size size) {
			var step = parameters.getExecutionStepInfo();
			var type = GraphQLTypeUtil.unwrapAll(step.getType());
			// "name": plus the value's own bytes for a leaf; an object's braces for
			// others.
			long bytes = step.getResultKey().length() + 4L;
			if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) {
				bytes += jsonBytes(parameters.getFetchedObject());
			}
			size.add(bytes);
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (dataFetcher instanceof TrivialDataFetcher || !(state instanceof Size size)) {
			return dataFetcher;
		}
		// Past the cap, nothing more goes to the store for this request.
		return environment -> size.over() ? DataFetcherResult.newResult().build() : dataFetcher.get(environment);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Size size && size.over()) {
			var error = new QueryLimitExceeded("response size", size.bytes.get(), this.cap);
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error).build());
		}
		return CompletableFuture.completedFuture(result);
	}

	/** About what a leaf value weighs in JSON: UTF-8 bytes and quotes for text. */
	static long jsonBytes(@Nullable Object value) {
		if (value == null) {
			return 4;
		}
		if (value instanceof CharSequence text) {
			long bytes = 2;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				bytes += (c < 0x80) ? 1 : (c < 0x800) ? 2 : (Character.isSurrogate(c) ? 2 : 3);
			}
			return bytes;
		}
		if (value instanceof List<?> list) {
			long bytes = 2;
			for (var item : list) {
				bytes += jsonBytes(item) + 1;
			}
			return bytes;
		}
		if (value instanceof Map<?, ?> map) {
			long bytes = 2;
			for (var entry : map.entrySet()) {
				bytes += jsonBytes(String.valueOf(entry.getKey())) + jsonBytes(entry.getValue()) + 2;
			}
			return bytes;
		}
		return String.valueOf(value).length();
	}

}
