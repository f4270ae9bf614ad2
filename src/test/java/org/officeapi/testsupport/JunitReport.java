package org.officeapi.testsupport;

import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

/** The counts of a Cucumber JUnit XML report: {@code <testsuite tests= failures= errors= skipped=>}. */
public record JunitReport(int tests, int failures, int errors, int skipped) {

    public static JunitReport read(Path file) {
        try {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            return new JunitReport(count(suite, "tests"), count(suite, "failures"), count(suite, "errors"), count(suite, "skipped"));
        } catch (Exception e) {
            throw new AssertionError("cannot read the JUnit report " + file + ": " + e.getMessage(), e);
        }
    }

    private static int count(Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
