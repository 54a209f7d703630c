package io.sakit.conformance.engine;

import io.sakit.reports.model.CaseResult;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Maps a case's result to its JUnit result: successful for PASS and ACCEPTABLE, aborted for NOT_APPLICABLE,
 * failed for FAIL and ERROR, with the case's message (and expected and actual values). The exceptions carry no
 * stack trace: it would show only the engine's own frames, while capturing it, and the launcher's pruning of
 * it, cost more than the rest of reporting a case, for the hundreds of NOT_APPLICABLE cases of a run.
 */
final class JunitResults {

    private JunitResults() {
    }

    /** Returns the JUnit result of {@code result}. */
    static TestExecutionResult of(CaseResult result) {
        return switch (result.outcome()) {
            case PASS, ACCEPTABLE -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new Failed(result.message(), result.expected().orElse(null), result.actual().orElse(null)));
            case NOT_APPLICABLE -> TestExecutionResult.aborted(new NotApplicable(result.message()));
            case ERROR -> TestExecutionResult.failed(new Errored(result.message()));
        };
    }

    /** A FAIL result. */
    private static final class Failed extends AssertionFailedError {

        private static final long serialVersionUID = 1L;

        Failed(String message, Object expected, Object actual) {
            super(message, expected, actual);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** A NOT_APPLICABLE result. */
    private static final class NotApplicable extends TestAbortedException {

        private static final long serialVersionUID = 1L;

        NotApplicable(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** An ERROR result. */
    private static final class Errored extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Errored(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
