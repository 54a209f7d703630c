package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The algorithm shape of a request: one SA, or an ESP-then-AH bundle, without SPIs or keys. */
record Suite(List<Shape> shapes) {

    /** One SA's operation and algorithms. */
    record Shape(Operation operation, ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        String describe() {
            return operation == Operation.AUTHENTICATE ? "AH " + integrity : "ESP " + conf + "/" + integrity;
        }
    }

    Suite {
        shapes = List.copyOf(shapes);
    }

    /** Returns an AH SA with {@code integrity}. */
    static Suite ah(IntegrityAlgorithm integrity) {
        return new Suite(List.of(new Shape(Operation.AUTHENTICATE, ConfAlgorithm.NONE, integrity)));
    }

    /** Returns an ESP SA. */
    static Suite esp(ConfAlgorithm conf, IntegrityAlgorithm integrity) {
        return new Suite(List.of(new Shape(Operation.ENCRYPT, conf, integrity)));
    }

    /** Returns an ESP-then-AH bundle. */
    static Suite bundle(ConfAlgorithm conf, IntegrityAlgorithm espIntegrity, IntegrityAlgorithm ahIntegrity) {
        return new Suite(List.of(new Shape(Operation.ENCRYPT, conf, espIntegrity), new Shape(Operation.AUTHENTICATE, ConfAlgorithm.NONE, ahIntegrity)));
    }

    /** Returns every valid shape in a stable order: 2 AH, 6 ESP, 16 bundles. */
    static List<Suite> all() {
        List<Suite> all = new ArrayList<>();
        List<IntegrityAlgorithm> macs = List.of(IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1);
        macs.forEach(mac -> all.add(ah(mac)));
        for (ConfAlgorithm conf : ConfAlgorithm.values()) {
            macs.forEach(mac -> all.add(esp(conf, mac)));
        }
        for (ConfAlgorithm conf : ConfAlgorithm.values()) {
            for (IntegrityAlgorithm espMac : IntegrityAlgorithm.values()) {
                if (conf != ConfAlgorithm.NONE || espMac != IntegrityAlgorithm.NONE) {
                    macs.forEach(ahMac -> all.add(bundle(conf, espMac, ahMac)));
                }
            }
        }
        return all;
    }

    /** Returns the SAs of this shape with SPIs {@code spi}, {@code spi + 1}, ... and fresh keys. */
    List<SecurityAssociation> build(int spi, KeySource keys) {
        List<SecurityAssociation> sas = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            sas.add(new SecurityAssociation(new SaParameters(shape.operation(), spi + i, shape.conf(), shape.integrity()), keys.conf(shape.conf()),
                    keys.integrity(shape.integrity())));
        }
        return sas;
    }

    /** Returns the total key length. */
    int keyLength() {
        return shapes.stream().mapToInt(shape -> shape.conf().keyLength() + shape.integrity().keyLength()).sum();
    }

    /** Returns a short description such as {@code ESP TRIPLE_DES/SHA1 + AH MD5}. */
    String describe() {
        return shapes.stream().map(Shape::describe).collect(Collectors.joining(" + "));
    }
}
