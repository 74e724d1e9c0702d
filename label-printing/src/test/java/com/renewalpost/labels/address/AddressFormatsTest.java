package com.renewalpost.labels.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressFormatsTest {

    private static final Set<String> THE_30 = Set.of("CN", "TW", "HK", "MO", "JP", "KR", "SG", "MY", "TH", "VN", "PH", "ID",
            "IN", "AU", "NZ", "CA", "MX", "BR", "GB", "IE", "FR", "DE", "NL", "ES", "IT", "SE", "CH", "AE", "ZA", "US");

    private final AddressFormats formats = AddressFormats.standard();

    private static PostalAddress address(String country, String name, String org, List<String> street, String district,
            String city, String region, String postcode) {
        return new PostalAddress(name, org, street, district, city, region, postcode, country);
    }

    /** One realistic address per destination and the exact lines its label must show. */
    static Stream<Arguments> destinations() {
        return Stream.of(
                Arguments.of(address("CN", "Li Wei", null, List.of("No. 18 Xianggang Middle Rd"), "Shinan District", "Qingdao", "Shandong", "266033"),
                        List.of("LI WEI", "NO. 18 XIANGGANG MIDDLE RD", "SHINAN DISTRICT", "QINGDAO", "SHANDONG, 266033", "CHINA")),
                Arguments.of(address("TW", "Chen Mei-Ling", null, List.of("No. 7, Sec. 5, Xinyi Rd"), null, "Xinyi District", "Taipei City", "11049"),
                        List.of("CHEN MEI-LING", "NO. 7, SEC. 5, XINYI RD", "XINYI DISTRICT, TAIPEI CITY 11049", "TAIWAN")),
                Arguments.of(address("HK", "Wong Ka Ho", null, List.of("Flat 25, 12/F, Acacia Building", "150 Kennedy Road"), null, "Wan Chai", "Hong Kong Island", null),
                        List.of("WONG KA HO", "FLAT 25, 12/F, ACACIA BUILDING", "150 KENNEDY ROAD", "WAN CHAI", "HONG KONG ISLAND", "HONG KONG")),
                Arguments.of(address("MO", "Leong Sio Man", null, List.of("Avenida da Praia Grande, 429"), null, null, null, null),
                        List.of("LEONG SIO MAN", "AVENIDA DA PRAIA GRANDE, 429", "MACAO")),
                Arguments.of(address("JP", "Sato Hanako", null, List.of("1-2-3 Sakura", "Setagaya-ku"), null, null, "Tokyo", "154-0023"),
                        List.of("SATO HANAKO", "1-2-3 SAKURA", "SETAGAYA-KU, TOKYO", "154-0023", "JAPAN")),
                Arguments.of(address("KR", "Kim Min-jun", null, List.of("209 Sejong-daero"), null, "Jongno-gu", "Seoul", "03051"),
                        List.of("KIM MIN-JUN", "209 SEJONG-DAERO", "JONGNO-GU", "SEOUL", "03051", "SOUTH KOREA")),
                Arguments.of(address("SG", "Tan Wei Ming", null, List.of("7 Temasek Boulevard #12-07"), null, null, null, "038987"),
                        List.of("TAN WEI MING", "7 TEMASEK BOULEVARD #12-07", "SINGAPORE 038987", "SINGAPORE")),
                Arguments.of(address("MY", "Nur Aisyah", null, List.of("12 Jalan Ampang"), null, "Kuala Lumpur", "Wilayah Persekutuan", "50450"),
                        List.of("NUR AISYAH", "12 JALAN AMPANG", "50450 KUALA LUMPUR", "WILAYAH PERSEKUTUAN", "MALAYSIA")),
                Arguments.of(address("TH", "Somchai Jaidee", null, List.of("99 Rama IV Road"), "Lumphini", "Pathum Wan", "Bangkok", "10330"),
                        List.of("SOMCHAI JAIDEE", "99 RAMA IV ROAD", "LUMPHINI, PATHUM WAN", "BANGKOK 10330", "THAILAND")),
                Arguments.of(address("VN", "Nguyen Van An", null, List.of("19 Le Thanh Ton"), null, "District 1", "Ho Chi Minh City", "70010"),
                        List.of("NGUYEN VAN AN", "19 LE THANH TON", "DISTRICT 1", "HO CHI MINH CITY 70010", "VIETNAM")),
                Arguments.of(address("PH", "Maria Santos", null, List.of("6750 Ayala Avenue"), "Bel-Air", "Makati", "Metro Manila", "1209"),
                        List.of("MARIA SANTOS", "6750 AYALA AVENUE", "BEL-AIR, MAKATI", "1209 METRO MANILA", "PHILIPPINES")),
                Arguments.of(address("ID", "Budi Santoso", null, List.of("Jl. Asia Afrika No. 8"), null, "Bandung", "Jawa Barat", "40115"),
                        List.of("BUDI SANTOSO", "JL. ASIA AFRIKA NO. 8", "BANDUNG", "JAWA BARAT 40115", "INDONESIA")),
                Arguments.of(address("IN", "Priya Sharma", null, List.of("12 MG Road"), null, "New Delhi", "Delhi", "110001"),
                        List.of("PRIYA SHARMA", "12 MG ROAD", "NEW DELHI 110001", "DELHI", "INDIA")),
                Arguments.of(address("AU", "Jane Citizen", "Acme Pty Ltd", List.of("1 George St"), null, "Sydney", "NSW", "2000"),
                        List.of("ACME PTY LTD", "JANE CITIZEN", "1 GEORGE ST", "SYDNEY NSW 2000", "AUSTRALIA")),
                Arguments.of(address("NZ", "Aroha Ngata", null, List.of("1 Queen Street"), "Auckland Central", "Auckland", null, "1010"),
                        List.of("AROHA NGATA", "1 QUEEN STREET", "AUCKLAND CENTRAL", "AUCKLAND 1010", "NEW ZEALAND")),
                Arguments.of(address("CA", "Marie Tremblay", null, List.of("111 Wellington St"), null, "Ottawa", "ON", "K1A 0A9"),
                        List.of("MARIE TREMBLAY", "111 WELLINGTON ST", "OTTAWA ON K1A 0A9", "CANADA")),
                Arguments.of(address("MX", "José García", null, List.of("Av. Paseo de la Reforma 222"), "Juárez", "Ciudad de México", "CDMX", "06600"),
                        List.of("JOSÉ GARCÍA", "AV. PASEO DE LA REFORMA 222", "JUÁREZ", "06600 CIUDAD DE MÉXICO, CDMX", "MEXICO")),
                Arguments.of(address("BR", "João Silva", null, List.of("Rua da Consolação, 930"), "Consolação", "São Paulo", "SP", "01302-907"),
                        List.of("JOÃO SILVA", "RUA DA CONSOLAÇÃO, 930", "CONSOLAÇÃO", "SÃO PAULO-SP", "01302-907", "BRAZIL")),
                Arguments.of(address("GB", "Oliver Smith", null, List.of("10 Downing Street"), null, "London", null, "SW1A 2AA"),
                        List.of("OLIVER SMITH", "10 DOWNING STREET", "LONDON", "SW1A 2AA", "UNITED KINGDOM")),
                Arguments.of(address("IE", "Siobhán Murphy", null, List.of("1 Main Street"), null, "Athlone", "Co. Westmeath", "N37 X2Y4"),
                        List.of("SIOBHÁN MURPHY", "1 MAIN STREET", "ATHLONE", "CO. WESTMEATH", "N37 X2Y4", "IRELAND")),
                Arguments.of(address("FR", "Camille Martin", "Société Exemple", List.of("8 Rue de Rivoli"), null, "Paris", null, "75004"),
                        List.of("SOCIÉTÉ EXEMPLE", "CAMILLE MARTIN", "8 RUE DE RIVOLI", "75004 PARIS", "FRANCE")),
                Arguments.of(address("DE", "Jürgen Groß", null, List.of("Unter den Linden 1"), null, "Berlin", null, "10117"),
                        List.of("JÜRGEN GROSS", "UNTER DEN LINDEN 1", "10117 BERLIN", "GERMANY")),
                Arguments.of(address("NL", "Sanne de Vries", null, List.of("Damrak 1"), null, "Amsterdam", null, "1012 LG"),
                        List.of("SANNE DE VRIES", "DAMRAK 1", "1012 LG AMSTERDAM", "NETHERLANDS")),
                Arguments.of(address("ES", "Lucía Fernández", null, List.of("Calle Mayor 1"), null, "Madrid", "Madrid", "28013"),
                        List.of("LUCÍA FERNÁNDEZ", "CALLE MAYOR 1", "28013 MADRID MADRID", "SPAIN")),
                Arguments.of(address("IT", "Giulia Rossi", null, List.of("Via del Corso 1"), null, "Roma", "RM", "00186"),
                        List.of("GIULIA ROSSI", "VIA DEL CORSO 1", "00186 ROMA RM", "ITALY")),
                Arguments.of(address("SE", "Erik Andersson", null, List.of("Drottninggatan 1"), null, "Stockholm", null, "111 51"),
                        List.of("ERIK ANDERSSON", "DROTTNINGGATAN 1", "SE-111 51 STOCKHOLM", "SWEDEN")),
                Arguments.of(address("CH", "Lukas Müller", null, List.of("Bahnhofstrasse 1"), null, "Zürich", null, "8001"),
                        List.of("LUKAS MÜLLER", "BAHNHOFSTRASSE 1", "CH-8001 ZÜRICH", "SWITZERLAND")),
                Arguments.of(address("AE", "Ahmed Al Mansoori", null, List.of("Sheikh Zayed Road, Tower 2, Office 1203"), null, null, "Dubai", null),
                        List.of("AHMED AL MANSOORI", "SHEIKH ZAYED ROAD, TOWER 2, OFFICE 1203", "DUBAI", "UNITED ARAB EMIRATES")),
                Arguments.of(address("ZA", "Thabo Nkosi", null, List.of("1 Long Street"), null, "Cape Town", null, "8001"),
                        List.of("THABO NKOSI", "1 LONG STREET", "CAPE TOWN", "8001", "SOUTH AFRICA")),
                Arguments.of(address("US", "John Doe", null, List.of("1600 Pennsylvania Ave NW"), null, "Washington", "DC", "20500"),
                        List.of("JOHN DOE", "1600 PENNSYLVANIA AVE NW", "WASHINGTON, DC 20500", "UNITED STATES")));
    }

    @Test
    void knowsExactlyTheThirtyDestinations() {
        assertThat(formats.countries()).containsExactlyInAnyOrderElementsOf(THE_30);
        assertThat(destinations().map(a -> ((PostalAddress) a.get()[0]).countryCode())).containsExactlyInAnyOrderElementsOf(THE_30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("destinations")
    void labelLinesFollowTheCountryLayout(PostalAddress address, List<String> expected) {
        AddressFormat format = formats.forCountry(address.countryCode());
        assertThat(format.labelLines(address)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("destinations")
    void aCompleteAddressHasNoProblemAndEveryRequiredPartIsEnforced(PostalAddress address, List<String> ignored) {
        AddressFormat format = formats.forCountry(address.countryCode());
        assertThat(format.validate(address)).isEmpty();
        for (AddressField field : format.required()) {
            PostalAddress without = without(address, field);
            assertThat(format.validate(without))
                    .as("%s without %s", address.countryCode(), field)
                    .anySatisfy(p -> {
                        assertThat(p.field()).isEqualTo(field);
                        assertThat(p.message()).contains("required").contains(format.countryNameForPeople());
                    });
        }
    }

    @ParameterizedTest(name = "{0}: {1} accepted, {2} refused")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CN | 266033    | 26603
            TW | 104       | 1040
            HK | -         | -
            MO | -         | -
            JP | 154-0023  | 1234
            KR | 03051     | 0305
            SG | 546080    | 54608
            MY | 43000     | 4300A
            TH | 10150     | 1015
            VN | 70010     | 7001
            PH | 1008      | 10080
            ID | 40115     | 4011
            IN | 110034    | 011003
            AU | 2060      | 206
            NZ | 6001      | 60011
            CA | H3Z 2Y7   | D3Z 2Y7
            MX | 02860     | 2860
            BR | 40301-110 | 40301-11
            GB | EC1Y 8SY  | EC1Y 8SC
            IE | A65 F4E2  | A65 F4E
            FR | 33380     | 3338
            DE | 26133     | 261334
            NL | 1234 AB   | 0123 AB
            ES | 28039     | 53001
            IT | 00144     | 0014
            SE | 11455     | 01455
            CH | 2544      | 0544
            AE | -         | -
            ZA | 0083      | 83
            US | 95014     | 9501
            """)
    void postcodeOfEachCountryIsChecked(String country, String valid, String wrong) {
        AddressFormat format = formats.forCountry(country);
        if (valid == null) {
            // HK, MO and AE have no postcode system: nothing to check, whatever is keyed in
            assertThat(format.postcodePattern()).isNull();
            assertThat(postcodeProblems(format, "999077")).isEmpty();
            return;
        }
        assertThat(postcodeProblems(format, valid)).isEmpty();
        assertThat(postcodeProblems(format, wrong)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(AddressField.POSTCODE);
            assertThat(p.message()).isEqualTo("Postcode " + wrong + " is not valid for " + format.countryNameForPeople()
                    + " (expected like " + format.postcodeExamples().get(0) + ")");
        });
    }

    static Stream<Arguments> everyExampleOfTheTable() {
        List<Arguments> all = new ArrayList<>();
        AddressFormats table = AddressFormats.standard();
        for (String country : table.countries()) {
            for (String example : table.forCountry(country).postcodeExamples()) {
                all.add(Arguments.of(country, example));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyExampleOfTheTable")
    void everyPublishedExamplePostcodeIsAccepted(String country, String example) {
        assertThat(postcodeProblems(formats.forCountry(country), example)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"GB, ec1y 8sy", "GB, '  GIR 0AA '", "GB, BFPO 61", "CA, ' h3z2y7 '", "NL, 2490aa", "JP, 1540023", "US, 22162-1010",
            "IE, a65f4e2", "SE, 114 55", "BR, 40301110"})
    void postcodesAreMatchedCaseInsensitivelyAfterTrimming(String country, String postcode) {
        assertThat(postcodeProblems(formats.forCountry(country), postcode)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"US, 9501", "US, 95014-12", "GB, 12345", "GB, QC1 1AA", "CA, Z1A 1A1", "NL, 1234 SA", "JP, 154-00234"})
    void implausiblePostcodesAreRefused(String country, String postcode) {
        assertThat(postcodeProblems(formats.forCountry(country), postcode)).hasSize(1);
    }

    @Test
    void unknownCountryGetsAGenericRuleNamedInEnglish() {
        AddressFormat norway = formats.forCountry(" no ");
        assertThat(norway.countryCode()).isEqualTo("NO");
        assertThat(norway.countryName()).isEqualTo("NORWAY");
        assertThat(norway.latinFormat()).isEqualTo("%N%n%O%n%A%n%C %S %Z");
        assertThat(norway.required()).containsExactlyInAnyOrder(AddressField.STREET, AddressField.CITY);
        assertThat(norway.postcodePattern()).isNull();
        PostalAddress address = address("NO", "Ola Nordmann", null, List.of("Karl Johans gate 1"), null, "Oslo", null, "0154");
        assertThat(norway.validate(address)).isEmpty();
        assertThat(norway.labelLines(address)).containsExactly("OLA NORDMANN", "KARL JOHANS GATE 1", "OSLO 0154", "NORWAY");
        assertThat(norway.validate(without(address, AddressField.CITY))).extracting(AddressProblem::field).containsExactly(AddressField.CITY);
    }

    @Test
    void theOrderOfThePartsIsTheOrderTheCountryWritesThem() {
        assertThat(formats.forCountry("JP").fieldOrder()).containsExactly(AddressField.NAME, AddressField.ORGANISATION,
                AddressField.STREET, AddressField.REGION, AddressField.POSTCODE);
        assertThat(formats.forCountry("FR").fieldOrder()).containsExactly(AddressField.ORGANISATION, AddressField.NAME,
                AddressField.STREET, AddressField.POSTCODE, AddressField.CITY);
        assertThat(formats.forCountry("SG").fieldOrder()).as("literal text is no part")
                .containsExactly(AddressField.NAME, AddressField.ORGANISATION, AddressField.STREET, AddressField.POSTCODE);
        assertThat(formats.forCountry("IN").fieldOrder()).as("codes this project ignores (%T %F %L) are left out")
                .containsExactly(AddressField.NAME, AddressField.ORGANISATION, AddressField.STREET, AddressField.CITY,
                        AddressField.POSTCODE, AddressField.REGION);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingCountryCodeIsAnError(String code) {
        assertThatThrownBy(() -> formats.forCountry(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countryCodeIsNotCaseSensitive() {
        assertThat(formats.forCountry("jp")).isSameAs(formats.forCountry("JP"));
    }

    @Test
    void streetLinesAreNeverNull() {
        PostalAddress address = new PostalAddress("A", null, null, null, "X", null, null, "DE");
        assertThat(address.streetLines()).isEmpty();
        assertThat(new PostalAddress("A", null, Arrays.asList("1 Road", null), null, "X", null, null, "DE").streetLines())
                .containsExactly("1 Road");
    }

    @Test
    void anAddressNeedsSomeoneToDeliverTo() {
        PostalAddress nobody = address("DE", " ", null, List.of("Unter den Linden 1"), null, "Berlin", null, "10117");
        assertThat(formats.forCountry("DE").validate(nobody)).extracting(AddressProblem::field).containsExactly(AddressField.NAME);
        PostalAddress company = address("DE", null, "Beispiel GmbH", List.of("Unter den Linden 1"), null, "Berlin", null, "10117");
        assertThat(formats.forCountry("DE").validate(company)).isEmpty();
    }

    @Test
    void nonLatinTextIsRefusedBecauseForeignPostsCannotReadIt() {
        PostalAddress kanji = address("JP", "佐藤花子", null, List.of("1-2-3 Sakura"), null, null, "Tokyo", "154-0023");
        assertThat(formats.forCountry("JP").validate(kanji)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(AddressField.NAME);
            assertThat(p.message()).contains("Latin").contains("佐藤花子");
        });
    }

    @Test
    void partsTheLayoutDoesNotPlaceFollowTheStreetInsteadOfVanishing() {
        // Japan's Latin layout has no city and Britain's no district: what the customer wrote still reaches the label
        PostalAddress jp = address("JP", "Sato Hanako", null, List.of("1-2-3 Sakura"), null, "Setagaya-ku", "Tokyo", "154-0023");
        assertThat(formats.forCountry("JP").labelLines(jp)).containsExactly("SATO HANAKO", "1-2-3 SAKURA", "SETAGAYA-KU, TOKYO", "154-0023", "JAPAN");
        PostalAddress gb = address("GB", "Oliver Smith", null, List.of("Rose Cottage"), "Little Snoring", "Fakenham", null, "NR21 0AA");
        assertThat(formats.forCountry("GB").labelLines(gb)).containsExactly("OLIVER SMITH", "ROSE COTTAGE", "LITTLE SNORING", "FAKENHAM", "NR21 0AA", "UNITED KINGDOM");
    }

    @Test
    void separatorsOfAbsentPartsAreDropped() {
        AddressFormat us = formats.forCountry("US");
        PostalAddress noRegion = address("US", "John Doe", null, List.of("1 Main St"), null, "Springfield", null, "62701");
        assertThat(us.labelLines(noRegion)).contains("SPRINGFIELD 62701");
        AddressFormat se = formats.forCountry("SE");
        PostalAddress noPostcode = address("SE", "Erik", null, List.of("Storgatan 1"), null, "Lund", null, null);
        assertThat(se.labelLines(noPostcode)).containsExactly("ERIK", "STORGATAN 1", "LUND", "SWEDEN");
        AddressFormat th = formats.forCountry("TH");
        PostalAddress noDistrict = address("TH", "Somchai", null, List.of("99 Rama IV Road"), null, "Pathum Wan", "Bangkok", "10330");
        assertThat(th.labelLines(noDistrict)).containsExactly("SOMCHAI", "99 RAMA IV ROAD", "PATHUM WAN", "BANGKOK 10330", "THAILAND");
    }

    @Test
    void longestAllowedAddressPassesAndLongerIsRefused() {
        String name80 = "N".repeat(PostalAddress.MAX_NAME_LENGTH);
        String line60 = "S".repeat(PostalAddress.MAX_LINE_LENGTH);
        List<String> four = List.of(line60, line60, line60, line60);
        AddressFormat gb = formats.forCountry("GB");
        assertThat(gb.validate(address("GB", name80, null, four, null, "London", null, "SW1A 2AA"))).isEmpty();
        assertThat(gb.validate(address("GB", name80 + "N", null, four, null, "London", null, "SW1A 2AA")))
                .extracting(AddressProblem::field).containsExactly(AddressField.NAME);
        assertThat(gb.validate(address("GB", "Ann", null, List.of(line60, line60, line60, line60, "X"), null, "London", null, "SW1A 2AA")))
                .extracting(AddressProblem::field).containsExactly(AddressField.STREET);
        assertThat(gb.validate(address("GB", "Ann", null, List.of(line60 + "S"), null, "London", null, "SW1A 2AA")))
                .extracting(AddressProblem::field).containsExactly(AddressField.STREET);
    }

    @Test
    void tableSaysWhereItsFactsComeFrom() throws IOException {
        try (InputStream in = AddressFormats.class.getResourceAsStream(AddressFormats.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst().orElseThrow()).startsWith("#");
            assertThat(text).contains("libaddressinput").contains("Apache License 2.0");
        }
    }

    private static List<AddressProblem> postcodeProblems(AddressFormat format, String postcode) {
        PostalAddress a = address(format.countryCode(), "Test Person", null, List.of("1 Test Street"), "District", "City", "Region", postcode);
        return format.validate(a).stream().filter(p -> p.field() == AddressField.POSTCODE).toList();
    }

    private static PostalAddress without(PostalAddress a, AddressField field) {
        return new PostalAddress(
                field == AddressField.NAME ? null : a.name(),
                field == AddressField.ORGANISATION ? null : a.organisation(),
                field == AddressField.STREET ? List.of() : a.streetLines(),
                field == AddressField.DEPENDENT_LOCALITY ? null : a.dependentLocality(),
                field == AddressField.CITY ? null : a.city(),
                field == AddressField.REGION ? null : a.region(),
                field == AddressField.POSTCODE ? " " : a.postcode(),
                a.countryCode());
    }
}
