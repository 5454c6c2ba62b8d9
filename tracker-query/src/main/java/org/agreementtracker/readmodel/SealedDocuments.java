package org.agreementtracker.readmodel;

import com.mongodb.MongoClientSettings;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Sealing;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.BsonTypeClassMap;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.Binary;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-model documents seal at rest what they say of classified content, as the event store does. Each fold step
 * labels the document it leaves with the classification of the event's content ({@link #label}: the levels and
 * compartments of every event folded into it, in {@value #CONTENT}), so a document is as classified as the most
 * classified event it holds. When such a document is written, its text fields ({@link #SEALED_FIELDS}, at any depth)
 * are sealed by the {@link Sealing} and stored as binary of subtype {@value #SUBTYPE}, and the document is flagged
 * {@value #SEALED}; reading opens them again, so every query reads plain text and nothing else changes. Ids, refs,
 * statuses, dates, bodies, sides and numbers stay readable: filters, sorts and counts work on sealed documents as on
 * any other. A ref is an identifier, like an id: the board's order and the registry's uniqueness are built on it.
 * What cannot work in MongoDB is a text search on a sealed field: the board's {@code q} matches the few sealed rows in
 * memory instead ({@code AgreementBoardQueries}).
 */
public final class SealedDocuments {

    /** The label: {@code {levels: [...], compartments: [...]}} of the content folded into a document. */
    public static final String CONTENT = "_content";
    /**
     * Set, in the store only, on a document some of whose fields are sealed: what tells an operator or a MongoDB tool
     * that the binary there is ciphertext (the tracker finds sealed rows by their postings, not by this flag).
     */
    public static final String SEALED = "_sealed";
    /** The text fields a classified document seals, wherever they are in it. */
    public static final Set<String> SEALED_FIELDS = Set.of(Fields.TITLE, "summary", "note", "findings", "reason",
                                                           "cancellationReason", "completionNote", "place", "name",
                                                           "role", "url", "unit");
    /** BSON's first user-defined binary subtype: sealed text. */
    public static final byte SUBTYPE = (byte) 0x80;
    /**
     * What sealed text begins with, so that it is known whatever subtype a store gives it back with (the embedded
     * mongo-java-server keeps binary data, not user-defined subtypes).
     */
    private static final byte[] MAGIC = "sealed:".getBytes(StandardCharsets.US_ASCII);

    public static final String LEVELS = "levels";
    public static final String COMPARTMENTS = "compartments";
    private static final String CONTEXT = "read model";
    private static final byte KEYS_END = 0;

    private SealedDocuments() {
    }

    /** Adds the classification of {@code recorded}'s content, if it states one, to {@code document}'s label. */
    static void label(Document document, Recorded recorded) {
        Classification content = recorded == null ? null : Classification.ofContent(recorded.metaData());
        if (document == null || content == null) {
            return;
        }
        Document label = document.get(CONTENT, Document.class);
        if (label == null) {
            label = new Document(LEVELS, new ArrayList<String>()).append(COMPARTMENTS, new ArrayList<String>());
            document.put(CONTENT, label);
        }
        addAbsent(label.getList(LEVELS, String.class), List.of(content.level()));
        addAbsent(label.getList(COMPARTMENTS, String.class), content.compartments());
    }

    private static void addAbsent(List<String> into, List<String> values) {
        values.stream().filter(value -> !into.contains(value)).forEach(into::add);
    }

    /** The driver's codecs, with documents read and written as above. */
    public static CodecRegistry codecs(Sealing sealing) {
        return CodecRegistries.fromRegistries(CodecRegistries.fromProviders(new Provider(sealing)),
                                              MongoClientSettings.getDefaultCodecRegistry());
    }

    private static boolean isSealed(byte[] data) {
        return data.length > MAGIC.length && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Whether the codec is writing a document on this thread (and so is called again for those inside it). */
    private static final ThreadLocal<Boolean> ENCODING = ThreadLocal.withInitial(() -> false);

    /** Whether a label is in {@code value} or anywhere inside it: only then may something need sealing. */
    private static boolean holdsLabel(Object value) {
        if (value instanceof Document document) {
            return document.containsKey(CONTENT) || holdsLabelInside(document);
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (holdsLabel(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsLabelInside(Document document) {
        for (Object value : document.values()) {
            if ((value instanceof Document || value instanceof List<?>) && holdsLabel(value)) {
                return true;
            }
        }
        return false;
    }

    private record Provider(Sealing sealing) implements CodecProvider {

        @Override
        @SuppressWarnings("unchecked")
        public <T> org.bson.codecs.Codec<T> get(Class<T> type, CodecRegistry registry) {
            return type == Document.class ? (org.bson.codecs.Codec<T>) new Codec(sealing, registry) : null;
        }
    }

    private static final class Codec implements CollectibleCodec<Document> {

        private final Sealing sealing;
        private final DocumentCodec plain;

        Codec(Sealing sealing, CodecRegistry registry) {
            this.sealing = sealing;
            this.plain = new DocumentCodec(registry, new BsonTypeClassMap(), this::opened);
        }

        @Override
        public void encode(BsonWriter writer, Document document, EncoderContext context) {
            if (ENCODING.get()) {
                // a document inside one being written: that one's walk has sealed what is to be sealed in it
                plain.encode(writer, document, context);
                return;
            }
            ENCODING.set(true);
            try {
                plain.encode(writer, holdsLabel(document) ? sealed(document, null) : document, context);
            } finally {
                ENCODING.set(false);
            }
        }

        @Override
        public Document decode(BsonReader reader, DecoderContext context) {
            return plain.decode(reader, context);
        }

        @Override
        public Class<Document> getEncoderClass() {
            return Document.class;
        }

        @Override
        public Document generateIdIfAbsentFromDocument(Document document) {
            return plain.generateIdIfAbsentFromDocument(document);
        }

        @Override
        public boolean documentHasId(Document document) {
            return plain.documentHasId(document);
        }

        @Override
        public BsonValue getDocumentId(Document document) {
            return plain.getDocumentId(document);
        }

        /** The document as stored: its text sealed if it, or a document it is inside, is classified enough. */
        private Document sealed(Document document, Classification outer) {
            Classification content = labelled(document, outer);
            boolean seals = content != null && sealing.seals(content);
            if (!seals && !holdsLabelInside(document)) {
                return document; // most documents: nothing in them is classified enough
            }
            Document stored = new Document();
            for (Map.Entry<String, Object> field : document.entrySet()) {
                Object value = field.getValue();
                if (seals && value instanceof String text && SEALED_FIELDS.contains(field.getKey())) {
                    stored.put(field.getKey(), sealedText(text, content));
                } else {
                    stored.put(field.getKey(), within(value, content));
                }
            }
            if (seals) {
                stored.put(SEALED, true);
            }
            return stored;
        }

        private Object within(Object value, Classification content) {
            if (value instanceof Document nested) {
                return sealed(nested, content);
            }
            if (value instanceof List<?> list && list.stream().anyMatch(Document.class::isInstance)) {
                return list.stream().map(item -> item instanceof Document nested ? sealed(nested, content) : item)
                           .toList();
            }
            return value;
        }

        private Classification labelled(Document document, Classification outer) {
            Document label = document.get(CONTENT, Document.class);
            if (label == null) {
                return outer;
            }
            Classification content = outer;
            for (String level : label.getList(LEVELS, String.class, List.of())) {
                content = content == null ? Classification.of(level) : sealing.join(content, Classification.of(level));
            }
            List<String> compartments = label.getList(COMPARTMENTS, String.class, List.of());
            if (content != null && !compartments.isEmpty()) {
                content = sealing.join(content, new Classification(content.level(), compartments, List.of()));
            }
            return content;
        }

        /** {@code sealed: || keys || 0 || sealed bytes}: the names of its keys, then what they sealed. */
        private Binary sealedText(String text, Classification content) {
            Sealing.Sealed sealed = sealing.seal(CONTEXT, text, content);
            byte[] keys = String.join(",", sealed.sealedWith()).getBytes(StandardCharsets.UTF_8);
            return new Binary(SUBTYPE, ByteBuffer.allocate(MAGIC.length + keys.length + 1 + sealed.data().length)
                                                 .put(MAGIC).put(keys).put(KEYS_END).put(sealed.data()).array());
        }

        private Object opened(Object value) {
            if (!(value instanceof Binary binary) || !isSealed(binary.getData())) {
                return value;
            }
            byte[] data = binary.getData();
            int end = MAGIC.length;
            while (end < data.length && data[end] != KEYS_END) {
                end++;
            }
            List<String> keys = List.of(new String(data, MAGIC.length, end - MAGIC.length, StandardCharsets.UTF_8)
                                                .split(","));
            return sealing.open(CONTEXT, keys, Arrays.copyOfRange(data, end + 1, data.length));
        }
    }
}
