package vn.genderstats;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;
import vn.genderstats.cli.GenderstatsCommand;
import vn.genderstats.cli.SharedH2;

/**
 * Entry point: the command line is parsed first, so {@code --help} and usage errors answer at once;
 * a subcommand that does work starts the Spring context itself.
 */
@SpringBootApplication
public class GenderstatsApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        useTheJdksXmlFactories();
        int code = GenderstatsCommand.commandLine().execute(args);
        SharedH2.handOver();
        System.exit(code);
    }

    /**
     * Without these, every new XML factory (POI asks for one per workbook part it saves) first scans the whole
     * class path, 75 nested jars, for another implementation; so name the JDK's own. The one other StAX parser
     * there, Aalto, is the .xlsx reader's alone (it names it): nothing else, the benchmark's floor included, is
     * switched to it by its being on the class path.
     */
    private static void useTheJdksXmlFactories() {
        Map.of("javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
                "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
                "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
                "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
                "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
                "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl")
                .forEach((factory, implementation) -> {
                    if (System.getProperty(factory) == null) {
                        System.setProperty(factory, implementation);
                    }
                });
    }
}
