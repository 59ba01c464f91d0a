package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class FileContentsTest {

    private static final FileContents.Limits SMALL = new FileContents.Limits(64 << 10, 8 << 10, 20);

    @Test
    void textIsReadAsUtf8AndNothingIsUnscannable() {
        FileContents contents = FileContents.of("caf\u00e9 card\n".getBytes(StandardCharsets.UTF_8));

        assertThat(contents.texts()).containsExactly("caf\u00e9 card\n");
        assertThat(contents.unscannable()).isNull();
    }

    @Test
    void aBinaryFileIsReadByteForByteSoTheTextWrittenIntoItShows() {
        byte[] png = bytes("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\0tEXtComment\0card on file\0\u00ff\u00fe");

        assertThat(FileContents.of(png).texts()).singleElement().asString().contains("tEXtComment\0card on file");
    }

    @Test
    void utf16TextIsAlsoReadAsUtf16WithOrWithoutAByteOrderMark() {
        byte[] withMark = "\uFEFFcard on file".getBytes(StandardCharsets.UTF_16LE);
        byte[] without = "card on file".getBytes(StandardCharsets.UTF_16BE);

        assertThat(FileContents.of(withMark).texts()).anySatisfy(t -> assertThat(t).contains("card on file"));
        assertThat(FileContents.of(without).texts()).anySatisfy(t -> assertThat(t).contains("card on file"));
    }

    @Test
    void gzipDataIsReadDecompressedNestedGzipTooAndWhatFollowsTheLastMember() throws Exception {
        byte[] log = bytes("{\"msg\":\"card on file\"}\n");
        byte[] trailing = concat(gzip(log), bytes("\nappended after the member\n"));

        assertThat(FileContents.of(gzip(log)).texts()).contains("{\"msg\":\"card on file\"}\n");
        assertThat(FileContents.of(gzip(gzip(log))).texts()).contains("{\"msg\":\"card on file\"}\n");
        assertThat(FileContents.of(trailing).texts()).anySatisfy(t -> assertThat(t).contains("appended after"));
        assertThat(FileContents.of(gzip(gzip(log))).unscannable()).isNull();
    }

    @Test
    void gzipThatInflatesPastTheBoundStopsThereAndSaysItCannotBeProvenClean() throws Exception {
        byte[] random = new byte[100 << 10];
        new Random(7).nextBytes(random);
        String hex = java.util.HexFormat.of().formatHex(random);

        FileContents big = FileContents.of(gzip(bytes(hex)), SMALL);

        assertThat(big.unscannable()).contains("inflates beyond").contains("cannot be proven free of secrets");
        assertThat(big.texts().get(big.texts().size() - 1)).hasSize(64 << 10);
    }

    @Test
    void gzipThatInflatesFarMoreThanTextEverDoesIsABombAndStopsEarly() throws Exception {
        byte[] bomb = gzip(new byte[1 << 20]);

        FileContents contents = FileContents.of(bomb, SMALL);

        assertThat(contents.unscannable()).contains("20 times its compressed size");
        assertThat(contents.texts().get(contents.texts().size() - 1)).hasSize(bomb.length * 20);
    }

    @Test
    void damagedOrTooDeeplyNestedGzipCannotBeProvenClean() throws Exception {
        byte[] data = gzip(bytes("card on file, and some more text to cut off"));
        byte[] nested = bytes("deep");
        for (int i = 0; i < 5; i++) {
            nested = gzip(nested);
        }

        assertThat(FileContents.of(Arrays.copyOf(data, data.length - 12)).unscannable()).startsWith("damaged gzip");
        assertThat(FileContents.of(nested).unscannable()).startsWith("gzip nested more than 4 deep");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
