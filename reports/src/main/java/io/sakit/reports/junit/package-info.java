/**
 * The JUnit XML report, {@code junit.xml}, in the form CI dashboards read (the Ant/Surefire schema): one
 * test suite per family, one test case per case named with its requirement ids and its id.
 */
package io.sakit.reports.junit;
