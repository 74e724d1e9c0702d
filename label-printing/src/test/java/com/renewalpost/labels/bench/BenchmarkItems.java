package com.renewalpost.labels.bench;

import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.letter.Voucher;
import com.renewalpost.labels.run.Envelope;
import com.renewalpost.labels.shipping.S10Number;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A realistic mix of print-run items made on the fly, so that the run itself, not the input, is what uses memory. */
final class BenchmarkItems implements Iterable<Envelope> {

    private static final String[][] PEOPLE = {
            {"Sato Hanako", "JP", "1-2-3 Sakura", "", "Tokyo", "154-0023", "en", "Sato Hanako"},
            {"Li Wei", "CN", "No. 18 Xianggang Middle Rd", "Qingdao", "Shandong", "266033", "zh-Hans", "李伟"},
            {"Chen Mei-Ling", "TW", "No. 7, Sec. 5, Xinyi Rd", "Xinyi District", "Taipei City", "11049", "zh-Hant", "陳美玲"},
            {"Oliver Smith", "GB", "10 Downing Street", "London", "", "SW1A 2AA", "en", "Oliver Smith"},
            {"Maria Santos", "PH", "6750 Ayala Avenue", "Makati", "Metro Manila", "1209", "en", "Maria Santos"},
            {"José García", "MX", "Av. Paseo de la Reforma 222", "Ciudad de México", "CDMX", "06600", "en", "José García"},
            {"Erik Andersson", "SE", "Drottninggatan 1", "Stockholm", "", "111 51", "en", "Erik Andersson"},
            {"Priya Sharma", "IN", "12 MG Road", "New Delhi", "Delhi", "110001", "en", "Priya Sharma"}};

    private final int count;

    BenchmarkItems(int count) {
        this.count = count;
    }

    static Envelope item(int n) {
        String[] p = PEOPLE[n % PEOPLE.length];
        String order = String.format("RP-%08d", n);
        LetterContent letter = new LetterContent(order, p[6], p[7], "US eSIM Unlimited", "30 days, unlimited talk and text, 10 GB data",
                n % 2 == 0 ? new EsimProfile("smdp.gsma.com", String.format("%05d-AGYFT-A74Y8-3F815", n % 100000), null, false)
                        : new Voucher(String.format("%016d", 8273645500000000L + n)),
                LocalDate.of(2026, 3, 5));
        PostalAddress to = new PostalAddress(p[0], null, List.of(p[2]), null, p[3].isEmpty() ? null : p[3],
                p[4].isEmpty() ? null : p[4], p[5], p[1]);
        String serial = String.format("%08d", 10000000 + n % 90000000);
        return new Envelope(letter, new ShippingLabelContent(order, to, "First-Class Mail International",
                "RB" + serial + S10Number.checkDigit(serial) + "US", Samples.customs()));
    }

    @Override
    public Iterator<Envelope> iterator() {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public Envelope next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return item(next++);
            }
        };
    }
}
