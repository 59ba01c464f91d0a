package com.axys.golive.runner;

import com.axys.golive.redaction.RedactionPolicy;
import io.cucumber.core.plugin.JUnitFormatter;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * JUnit XML as Jenkins, GitLab and GitHub read it, from Cucumber's own formatter: one {@code <testcase>} per
 * scenario (class name: the feature), failures with their message and trace. Every attribute and text (failure
 * messages, traces, the steps in {@code system-out}) passes through the run's redaction after the XML is parsed,
 * so an escaped secret is seen as what it is. Registered as {@code com.axys.golive.runner.JunitXmlReport:FILE}.
 */
public final class JunitXmlReport extends RedactedReport {

    public JunitXmlReport(String file) {
        super(file, JUnitFormatter::new);
    }

    @Override
    String redact(String document, RedactionPolicy policy) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
        redact(xml.getDocumentElement(), policy);
        TransformerFactory transformers = TransformerFactory.newInstance();
        transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var transformer = transformers.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out.toString();
    }

    private static void redact(Node node, RedactionPolicy policy) {
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                a.setNodeValue(policy.redactText(a.getNodeValue()));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                child.setNodeValue(policy.redactText(child.getNodeValue()));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                redact(child, policy);
            }
        }
    }
}
