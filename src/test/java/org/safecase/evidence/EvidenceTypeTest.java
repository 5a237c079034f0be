package org.safecase.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTypeTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void R_ST_2_capturesDocumentsAndEmailExportsAreRecognisedByContent() {
        assertThat(EvidenceType.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.of(PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.of(bytes("GIF89a\u0001\u0000"))).contains(EvidenceType.GIF);
        assertThat(EvidenceType.of(bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).contains(EvidenceType.WEBP);
        assertThat(EvidenceType.of(bytes("%PDF-1.7\n"))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(bytes("From: parent@example.org\nTo: me@school.example\nSubject: you\n\nbody")))
                .contains(EvidenceType.EMAIL);
    }

    @Test
    void programsArchivesVideoAndPlainTextAreRefused() {
        assertThat(EvidenceType.of(bytes("MZ\u0090\u0000"))).isEmpty();
        assertThat(EvidenceType.of(bytes("PK\u0003\u0004zip"))).isEmpty();
        assertThat(EvidenceType.of(bytes("\u0000\u0000\u0000\u0018ftypmp42"))).isEmpty();
        assertThat(EvidenceType.of(bytes("just some notes"))).isEmpty();
        assertThat(EvidenceType.of(new byte[0])).isEmpty();
    }

    @Test
    void aRenamedFileGetsTheNameItsContentDeserves() {
        assertThat(Evidence.safeName("../../etc/capture.txt", EvidenceType.PNG)).isEqualTo("capture.png");
        assertThat(Evidence.safeName("C:\\Users\\me\\post \"1\".jpeg", EvidenceType.JPEG)).isEqualTo("post _1_.jpg");
        assertThat(Evidence.safeName(null, EvidenceType.PDF)).isEqualTo("evidence.pdf");
    }

    @Test
    void sha256IsRecordedInHex() {
        assertThat(Evidence.sha256(bytes("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
