package io.sakit.conformance.example;

import io.sakit.conformance.Conformance;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * How an implementer runs the suite inside their own build: a JUnit Platform Suite that selects
 * {@link Conformance} with the {@code sakit} engine and names the adapter by configuration parameter.
 * Copy this class into a test source tree that has the adapter and {@code sakit-conformance} on its class
 * path, and change {@code sakit.adapter} (and {@code sakit.options}) to your adapter's.
 */
@Suite
@IncludeEngines("sakit")
@SelectClasses(Conformance.class)
@ConfigurationParameter(key = "sakit.adapter", value = "reference")
@ConfigurationParameter(key = "sakit.options", value = "profile=default")
@ConfigurationParameter(key = "sakit.budget", value = "quick")
@ConfigurationParameter(key = "sakit.seed", value = "2026")
class ReferenceConformanceSuiteTest {
}
