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

    /**
     * One realistic address per destination and the exact lines its label must show: the parts libaddressinput's
     * {@code upper} column names in capitals, the others as written, postcode and region in the post's form.
     */
    static Stream<Arguments> destinations() {
        return Stream.of(
                Arguments.of(address("CN", "Li Wei", null, List.of("No. 18 Xianggang Middle Rd"), "Shinan District", "Qingdao", "Shandong", "266033"),
                        List.of("Li Wei", "No. 18 Xianggang Middle Rd", "Shinan District", "Qingdao", "SHANDONG SHENG, 266033", "CHINA")),
                Arguments.of(address("TW", "Chen Mei-Ling", null, List.of("No. 7, Sec. 5, Xinyi Rd"), null, "Xinyi District", "Taipei City", "11049"),
                        List.of("Chen Mei-Ling", "No. 7, Sec. 5, Xinyi Rd", "Xinyi District, Taipei City 11049", "TAIWAN")),
                Arguments.of(address("HK", "Wong Ka Ho", null, List.of("Flat 25, 12/F, Acacia Building", "150 Kennedy Road"), null, "Wan Chai", "Hong Kong Island", null),
                        List.of("Wong Ka Ho", "Flat 25, 12/F, Acacia Building", "150 Kennedy Road", "Wan Chai", "HONG KONG ISLAND", "HONG KONG")),
                Arguments.of(address("MO", "Leong Sio Man", null, List.of("Avenida da Praia Grande, 429"), null, null, null, null),
                        List.of("Leong Sio Man", "Avenida da Praia Grande, 429", "MACAO")),
                Arguments.of(address("JP", "Sato Hanako", null, List.of("1-2-3 Sakura", "Setagaya-ku"), null, null, "Tokyo", "154-0023"),
                        List.of("Sato Hanako", "1-2-3 Sakura", "Setagaya-ku, TOKYO", "154-0023", "JAPAN")),
                Arguments.of(address("KR", "Kim Min-jun", null, List.of("209 Sejong-daero"), null, "Jongno-gu", "Seoul", "03051"),
                        List.of("Kim Min-jun", "209 Sejong-daero", "Jongno-gu", "Seoul", "03051", "SOUTH KOREA")),
                Arguments.of(address("SG", "Tan Wei Ming", null, List.of("7 Temasek Boulevard #12-07"), null, null, null, "038987"),
                        List.of("Tan Wei Ming", "7 Temasek Boulevard #12-07", "SINGAPORE 038987", "REP. OF SINGAPORE")),
                Arguments.of(address("MY", "Nur Aisyah", null, List.of("12 Jalan Ampang"), null, "Kuala Lumpur", "Kuala Lumpur", "50450"),
                        List.of("Nur Aisyah", "12 Jalan Ampang", "50450 KUALA LUMPUR", "KUALA LUMPUR", "MALAYSIA")),
                Arguments.of(address("TH", "Somchai Jaidee", null, List.of("99 Rama IV Road"), "Lumphini", "Pathum Wan", "Bangkok", "10330"),
                        List.of("Somchai Jaidee", "99 Rama IV Road", "Lumphini, Pathum Wan", "BANGKOK 10330", "THAILAND")),
                Arguments.of(address("VN", "Nguyen Van An", null, List.of("19 Le Thanh Ton"), null, "District 1", "Ho Chi Minh City", "70010"),
                        List.of("Nguyen Van An", "19 Le Thanh Ton", "District 1", "Thành phố Hồ Chí Minh 70010", "VIET NAM")),
                Arguments.of(address("PH", "Maria Santos", null, List.of("6750 Ayala Avenue"), "Bel-Air", "Makati", "Metro Manila", "1209"),
                        List.of("Maria Santos", "6750 Ayala Avenue", "Bel-Air, Makati", "1209 Metro Manila", "PHILIPPINES")),
                Arguments.of(address("ID", "Budi Santoso", null, List.of("Jl. Asia Afrika No. 8"), null, "Bandung", "Jawa Barat", "40115"),
                        List.of("Budi Santoso", "Jl. Asia Afrika No. 8", "Bandung", "Jawa Barat 40115", "INDONESIA")),
                Arguments.of(address("IN", "Priya Sharma", null, List.of("12 MG Road"), null, "New Delhi", "Delhi", "110001"),
                        List.of("Priya Sharma", "12 MG Road", "New Delhi 110001", "Delhi", "INDIA")),
                Arguments.of(address("AU", "Jane Citizen", "Acme Pty Ltd", List.of("1 George St"), null, "Sydney", "NSW", "2000"),
                        List.of("Acme Pty Ltd", "Jane Citizen", "1 George St", "SYDNEY NSW 2000", "AUSTRALIA")),
                Arguments.of(address("NZ", "Aroha Ngata", null, List.of("1 Queen Street"), "Auckland Central", "Auckland", null, "1010"),
                        List.of("Aroha Ngata", "1 Queen Street", "Auckland Central", "Auckland 1010", "NEW ZEALAND")),
                Arguments.of(address("CA", "Marie Tremblay", null, List.of("111 Wellington St"), null, "Ottawa", "ON", "K1A 0A9"),
                        List.of("MARIE TREMBLAY", "111 WELLINGTON ST", "OTTAWA ON K1A 0A9", "CANADA")),
                Arguments.of(address("MX", "José García", null, List.of("Av. Paseo de la Reforma 222"), "Juárez", "Ciudad de México", "Distrito Federal", "06600"),
                        List.of("José García", "Av. Paseo de la Reforma 222", "Juárez", "06600 CIUDAD DE MÉXICO, D.F.", "MEXICO")),
                Arguments.of(address("BR", "João Silva", null, List.of("Rua da Consolação, 930"), "Consolação", "São Paulo", "SP", "01302-907"),
                        List.of("João Silva", "Rua da Consolação, 930", "Consolação", "SÃO PAULO-SP", "01302-907", "BRAZIL")),
                Arguments.of(address("GB", "Oliver Smith", null, List.of("10 Downing Street"), null, "London", null, "SW1A 2AA"),
                        List.of("Oliver Smith", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM")),
                Arguments.of(address("IE", "Siobhán Murphy", null, List.of("1 Main Street"), null, "Athlone", "Co. Westmeath", "N37 X2Y4"),
                        List.of("Siobhán Murphy", "1 Main Street", "Athlone", "Co. Westmeath", "N37 X2Y4", "IRELAND")),
                Arguments.of(address("FR", "Camille Martin", "Société Exemple", List.of("8 Rue de Rivoli"), null, "Paris", null, "75004"),
                        List.of("Société Exemple", "Camille Martin", "8 Rue de Rivoli", "75004 PARIS", "FRANCE")),
                Arguments.of(address("DE", "Jürgen Groß", null, List.of("Unter den Linden 1"), null, "Berlin", null, "10117"),
                        List.of("Jürgen Groß", "Unter den Linden 1", "10117 Berlin", "GERMANY")),
                Arguments.of(address("NL", "Sanne de Vries", null, List.of("Damrak 1"), null, "Amsterdam", null, "1012 LG"),
                        List.of("Sanne de Vries", "Damrak 1", "1012 LG Amsterdam", "NETHERLANDS")),
                Arguments.of(address("ES", "Lucía Fernández", null, List.of("Calle Mayor 1"), null, "Madrid", "Madrid", "28013"),
                        List.of("Lucía Fernández", "Calle Mayor 1", "28013 MADRID MADRID", "SPAIN")),
                Arguments.of(address("IT", "Giulia Rossi", null, List.of("Via del Corso 1"), null, "Roma", "RM", "00186"),
                        List.of("Giulia Rossi", "Via del Corso 1", "00186 ROMA RM", "ITALY")),
                Arguments.of(address("SE", "Erik Andersson", null, List.of("Drottninggatan 1"), null, "Stockholm", null, "111 51"),
                        List.of("Erik Andersson", "Drottninggatan 1", "SE-11151 Stockholm", "SWEDEN")),
                Arguments.of(address("CH", "Lukas Müller", null, List.of("Bahnhofstrasse 1"), null, "Zürich", null, "8001"),
                        List.of("Lukas Müller", "Bahnhofstrasse 1", "CH-8001 Zürich", "SWITZERLAND")),
                Arguments.of(address("AE", "Ahmed Al Mansoori", null, List.of("Sheikh Zayed Road, Tower 2, Office 1203"), null, null, "Dubai", null),
                        List.of("Ahmed Al Mansoori", "Sheikh Zayed Road, Tower 2, Office 1203", "Dubai", "UNITED ARAB EMIRATES")),
                Arguments.of(address("ZA", "Thabo Nkosi", null, List.of("1 Long Street"), null, "Cape Town", null, "8001"),
                        List.of("Thabo Nkosi", "1 Long Street", "Cape Town", "8001", "SOUTH AFRICA")),
                Arguments.of(address("US", "John Doe", null, List.of("1600 Pennsylvania Ave NW"), null, "Washington", "DC", "20500"),
                        List.of("John Doe", "1600 Pennsylvania Ave NW", "WASHINGTON, DC 20500", "UNITED STATES")));
    }

    @Test
    void knowsEveryRegionOfLibaddressinputIncludingTheThirtyDestinations() {
        assertThat(formats.countries()).as("253 rows less ZZ, the default rule").hasSize(252).containsAll(THE_30);
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
            IN | 110034    | 11003
            AU | 2060      | 206
            NZ | 6001      | 60011
            CA | H3Z 2Y7   | D3Z 2Y7
            MX | 02860     | 2860
            BR | 40301-110 | 40301-11
            GB | EC1Y 8SY  | EC1Y 8SC
            IE | A65 F4E2  | A65 F4E
            FR | 33380     | 3338
            DE | 26133     | 261334
            NL | 1234 AB   | 1234 A
            ES | 28039     | 2803
            IT | 00144     | 0014
            SE | 11455     | 1145
            CH | 2544      | 25444
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
            assertThat(p.message()).isEqualTo(format.postcodeWord() + " " + wrong + " is not valid for "
                    + format.countryNameForPeople() + " (write it like " + format.postcodeExamples().get(0) + ")");
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
    @CsvSource({"US, 9501", "US, 95014-12", "GB, 12345", "GB, QC1 1AA", "CA, Z1A 1A1", "NL, 1234 S", "JP, 154-00234", "RU, ABCDEF", "IS, 99999", "MN, 1"})
    void implausiblePostcodesAreRefused(String country, String postcode) {
        assertThat(postcodeProblems(formats.forCountry(country), postcode)).hasSize(1);
    }

    @Test
    void countriesOutsideTheTableAreRefusedWithAMessageToActOn() {
        assertThatThrownBy(() -> formats.forCountry("UK")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UK is not a country code; the United Kingdom is GB");
        assertThatThrownBy(() -> formats.forCountry("xx")).hasMessage("XX is not a country code");
        for (String code : List.of("ZZ", "EU", "AA", "XX", "UK")) {
            assertThat(formats.isCountry(code)).as(code).isFalse();
            assertThat(formats.countryProblem(code)).as(code).isPresent();
        }
        assertThat(formats.countryProblem("Germany")).get().asString().contains("two-letter");
        assertThat(formats.forCountry(" no ").countryName()).isEqualTo("NORWAY");
    }

    @Test
    void postcodesAreStoredAndPrintedInTheCountrysOwnForm() {
        assertThat(formats.forCountry("BR").canonicalPostcode("22240000")).contains("22240-000");
        assertThat(formats.forCountry("CA").canonicalPostcode(" k1a0b1 ")).contains("K1A 0B1");
        assertThat(formats.forCountry("NL").canonicalPostcode("1234ab")).contains("1234 AB");
        assertThat(formats.forCountry("GB").canonicalPostcode("sw1a2aa")).contains("SW1A 2AA");
        assertThat(formats.forCountry("JP").canonicalPostcode("1540023")).contains("154-0023");
        assertThat(formats.forCountry("RU").canonicalPostcode("ABCDEF")).isEmpty();
        assertThat(formats.forCountry("IS").canonicalPostcode("99999")).isEmpty();
        assertThat(formats.forCountry("MN").canonicalPostcode("1")).isEmpty();
        PostalAddress ca = address("CA", "Marie Tremblay", null, List.of("111 Wellington St"), null, "Ottawa", "Ontario", "k1a0b1");
        assertThat(formats.forCountry("CA").labelLines(ca)).contains("OTTAWA ON K1A 0B1");
    }

    @Test
    void aPostcodeForACountryWithoutPostcodesIsNotPrintedAndTheKeyerIsTold() {
        AddressFormat ae = formats.forCountry("AE");
        PostalAddress a = address("AE", "Ahmed", null, List.of("Sheikh Zayed Road 1"), null, null, "Dubai", "12345");
        assertThat(ae.validate(a)).isEmpty();
        assertThat(ae.warnings(a)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(AddressField.POSTCODE);
            assertThat(p.message()).contains("no postcodes").contains("12345");
        });
        assertThat(ae.labelLines(a)).noneMatch(line -> line.contains("12345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WA", "wa", "Washington", "WASHINGTON", "US-WA", "us-wa"})
    void aStateIsUnderstoodAsTheKeyTheNameOrTheIsoCodeAndPrintedAsThePostWritesIt(String keyed) {
        AddressFormat us = formats.forCountry("US");
        PostalAddress a = address("US", "Jane Roe", null, List.of("400 Broad St"), null, "Seattle", keyed, "98109");
        assertThat(us.validate(a)).isEmpty();
        assertThat(us.labelLines(a)).contains("SEATTLE, WA 98109");
        assertThat(us.canonical(a).region()).isEqualTo("WA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDMX", "cdmx", "MX-CMX", "Ciudad de México", "D.F.", "Distrito Federal", "MX-DIF"})
    void mexicoCityIsUnderstoodByItsNameSince2016AndPrintedAsThePostsDataWritesIt(String keyed) {
        AddressFormat mx = formats.forCountry("MX");
        PostalAddress a = address("MX", "Sofía García", null, List.of("Avenida Paseo de la Reforma 222"), "Juárez",
                "Ciudad de México", keyed, "06600");
        assertThat(mx.validate(a)).isEmpty();
        assertThat(mx.canonical(a).region()).isEqualTo("D.F.");
    }

    @Test
    void aRegionThePostDoesNotKnowIsRefusedWithTheList() {
        assertThat(formats.forCountry("US").validate(address("US", "Jane Roe", null, List.of("1 Main St"), null, "Seattle", "XX", "98109")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo(AddressField.REGION);
                    assertThat(p.message()).startsWith("State XX is not a state of United States; write one of AL, AK,");
                });
        assertThat(formats.forCountry("CA").validate(address("CA", "Marie", null, List.of("1 Rue"), null, "Ottawa", "QQ", "K1A 0B1")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("QQ").contains("ON"));
        assertThat(formats.forCountry("US").validate(address("US", "Jane Roe", null, List.of("1 Main St"), null, "Seattle", null, "98109")))
                .extracting(AddressProblem::message).containsExactly("State is required for an address in United States");
    }

    @Test
    void domesticMailHasNoCountryLine() {
        AddressFormat us = formats.forCountry("US");
        PostalAddress a = address("US", "Jane Roe", null, List.of("400 Broad St"), null, "Seattle", "WA", "98109");
        assertThat(us.labelLines(a, "US")).containsExactly("Jane Roe", "400 Broad St", "SEATTLE, WA 98109");
        assertThat(us.labelLines(a, "GB")).last().isEqualTo("UNITED STATES");
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
        assertThat(formats.forCountry("JP").labelLines(jp)).containsExactly("Sato Hanako", "1-2-3 Sakura", "Setagaya-ku, TOKYO", "154-0023", "JAPAN");
        PostalAddress gb = address("GB", "Oliver Smith", null, List.of("Rose Cottage"), "Little Snoring", "Fakenham", null, "NR21 0AA");
        assertThat(formats.forCountry("GB").labelLines(gb)).containsExactly("Oliver Smith", "Rose Cottage", "Little Snoring", "FAKENHAM", "NR21 0AA", "UNITED KINGDOM");
    }

    @Test
    void separatorsOfAbsentPartsAreDropped() {
        AddressFormat us = formats.forCountry("US");
        PostalAddress noRegion = address("US", "John Doe", null, List.of("1 Main St"), null, "Springfield", null, "62701");
        assertThat(us.labelLines(noRegion)).contains("SPRINGFIELD 62701");
        AddressFormat se = formats.forCountry("SE");
        PostalAddress noPostcode = address("SE", "Erik", null, List.of("Storgatan 1"), null, "Lund", null, null);
        assertThat(se.labelLines(noPostcode)).containsExactly("Erik", "Storgatan 1", "Lund", "SWEDEN");
        AddressFormat th = formats.forCountry("TH");
        PostalAddress noDistrict = address("TH", "Somchai", null, List.of("99 Rama IV Road"), null, "Pathum Wan", "Bangkok", "10330");
        assertThat(th.labelLines(noDistrict)).containsExactly("Somchai", "99 Rama IV Road", "Pathum Wan", "BANGKOK 10330", "THAILAND");
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
