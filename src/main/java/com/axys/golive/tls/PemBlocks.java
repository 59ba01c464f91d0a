package com.axys.golive.tls;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The PEM blocks of a file, each with its label ({@code CERTIFICATE}, {@code PRIVATE KEY}, ...) and BouncyCastle's
 * parsed object. Blocks are parsed one by one so an unknown label is listed instead of failing the whole file.
 */
final class PemBlocks {

    /** One block; {@code parsed} is empty when BouncyCastle does not know the label. */
    record Block(String label, Optional<Object> parsed) { }

    private PemBlocks() { }

    /** The blocks in file order (none when the content has no PEM block); IOException when a block is damaged. */
    static List<Block> read(byte[] content) throws IOException {
        List<Block> blocks = new ArrayList<>();
        String text = StandardCharsets.ISO_8859_1.decode(ByteBuffer.wrap(content)).toString();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject pem = reader.readPemObject(); pem != null; pem = reader.readPemObject()) {
                blocks.add(new Block(pem.getType(), parse(pem)));
            }
        } catch (RuntimeException damaged) {
            throw new IOException("damaged PEM block", damaged);
        }
        return blocks;
    }

    /**
     * The blocks of a file that must be PEM, or a {@link CredentialProblem#NOT_PEM} failure.
     *
     * @param thing how messages name the file, e.g. {@code client key 'file:/x'}
     * @param fix   what to do when the file holds no PEM at all, e.g. {@code point --key at the PEM key file}
     */
    static List<Block> require(byte[] content, String thing, String fix) {
        List<Block> blocks;
        try {
            blocks = read(content);
        } catch (IOException damaged) {
            throw new CredentialException(CredentialProblem.NOT_PEM, thing
                    + " is damaged PEM (a block's base64 or DER does not parse); export it again");
        }
        if (blocks.isEmpty()) {
            throw new CredentialException(CredentialProblem.NOT_PEM,
                    thing + " is not PEM (no -----BEGIN line); " + fix);
        }
        return blocks;
    }

    /** The labels, for messages such as "found: CERTIFICATE, PRIVATE KEY". */
    static String labels(List<Block> blocks) {
        return blocks.isEmpty() ? "no PEM block"
                : String.join(", ", blocks.stream().map(Block::label).toList());
    }

    private static Optional<Object> parse(PemObject pem) throws IOException {
        StringWriter single = new StringWriter();
        try (PemWriter writer = new PemWriter(single)) {
            writer.writeObject(pem);
        }
        try (PEMParser parser = new PEMParser(new StringReader(single.toString()))) {
            if (!parser.getSupportedTypes().contains(pem.getType())) {
                return Optional.empty();
            }
            return Optional.ofNullable(parser.readObject());
        }
    }
}
