package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the project starts Payara Micro keeps it off the network but for HTTP on the
 * configured address: no Hazelcast (its multicast discovery on UDP 2904 joins any Payara Micro
 * around, and with only --nocluster its member port 6900 still listens), and should it be turned
 * on again, bound to the same address. CustodySystemTest checks
 * the sockets of a running server; this checks the start commands that no test runs.
 */
class ServerLaunchTest {

    @Test
    void theRunProfileStartsWithoutClusterAndBindsToTheConfiguredAddress() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element run = null;
        var profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            var profile = (Element) profiles.item(i);
            if (text(profile, "id").equals("run")) {
                run = profile;
            }
        }
        assertThat(run).as("the run profile").isNotNull();
        var payaraOptions = values(run, "commandLineOptions", "key");
        assertThat(payaraOptions).contains("--nohazelcast", "--prebootcommandfile", "--disablephonehome");
        assertThat(values(run, "javaCommandLineOptions", "value")).contains("-Dhazelcast.socket.bind.any=false");
    }

    @Test
    void thePreBootCommandsBindHttpAndHazelcastToTheConfiguredAddress() throws Exception {
        var commands = Files.readString(Path.of("src", "main", "payara", "pre-boot-commands.txt"));
        assertThat(commands).contains("network-listener.http-listener.address=${fulfilment.bind.address}")
                .contains("hazelcast-runtime-configuration.interface=${fulfilment.bind.address}");
    }

    @Test
    void theBenchStartsItsServersWithoutClusterOnLoopback() throws Exception {
        var bench = Files.readString(Path.of("bench", "run"));
        assertThat(bench).contains("-Dhazelcast.socket.bind.any=false").contains("--nohazelcast")
                .contains("hazelcast-runtime-configuration.interface=127.0.0.1")
                .contains("http-listener.address=127.0.0.1");
    }

    private static String text(Element parent, String tag) {
        var nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static List<String> values(Element parent, String listTag, String valueTag) {
        List<String> values = new ArrayList<>();
        var lists = parent.getElementsByTagName(listTag);
        for (int i = 0; i < lists.getLength(); i++) {
            var nodes = ((Element) lists.item(i)).getElementsByTagName(valueTag);
            for (int j = 0; j < nodes.getLength(); j++) {
                values.add(nodes.item(j).getTextContent().strip());
            }
        }
        return values;
    }
}
