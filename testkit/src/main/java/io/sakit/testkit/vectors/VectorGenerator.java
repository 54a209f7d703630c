package io.sakit.testkit.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes every vector file of the kit. The output is deterministic: fixed seeds, a stable order, 2-space
 * indentation and a trailing newline, so regenerating changes nothing unless the generator changed.
 *
 * <p>Usage: {@code VectorGenerator [output-directory]}, by default {@code spec/vectors}.
 */
public final class VectorGenerator {

    private VectorGenerator() {
    }

    /**
     * Generates every file into the directory named by the first argument (default {@code spec/vectors}).
     *
     * @throws UncheckedIOException when a file cannot be written
     * @throws IllegalStateException when a constructed test disagrees with the decoder or the JDK
     */
    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "spec/vectors");
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : render().entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector files to " + directory, e);
        }
    }

    /** Returns the text of every vector file, by file name, in a stable order. */
    public static Map<String, String> render() {
        Map<String, Supplier<Map<String, Object>>> documents = new LinkedHashMap<>();
        documents.put(AddSaFile.NAME, AddSaFile::document);
        documents.put(DeleteSaFile.NAME, DeleteSaFile::document);
        documents.put(UdpEspFile.NAME, UdpEspFile::document);
        documents.put(FilterMatchFile.NAME, FilterMatchFile::document);
        documents.put(MacKatFile.NAME, MacKatFile::document);
        documents.put(CipherKatFile.NAME, CipherKatFile::document);
        Map<String, String> files = new LinkedHashMap<>();
        documents.forEach((name, document) -> files.put(name, JsonWriter.write(document.get())));
        return files;
    }
}
