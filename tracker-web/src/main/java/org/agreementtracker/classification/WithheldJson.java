package org.agreementtracker.classification;

import org.agreementtracker.api.classification.Redactable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

import java.util.List;

/**
 * Writes every {@link Redactable} answer: an item withheld from its reader as {@code {"id": ..., "withheld": {level,
 * compartments, reason}}} and nothing else; an item the reader may read as itself, without the empty
 * {@code withheld}. Types opt in by implementing the interface, so no answer has to remember it.
 */
public final class WithheldJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder json) {
        json.addModule(new SimpleModule("withheld-items").setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
                                                             BeanDescription.Supplier bean,
                                                             List<BeanPropertyWriter> properties) {
                if (Redactable.class.isAssignableFrom(bean.getBeanClass())) {
                    properties.removeIf(property -> property.getName().equals("withheld")
                            || property.getName().equals("withheldId"));
                }
                return properties;
            }

            @Override
            @SuppressWarnings("unchecked")
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                                                       ValueSerializer<?> serializer) {
                return Redactable.class.isAssignableFrom(bean.getBeanClass())
                        ? new Serializer((ValueSerializer<Object>) serializer) : serializer;
            }
        }));
    }

    /** The item's own serializer, unless it is withheld. */
    private static final class Serializer extends ValueSerializer<Object> {

        private final ValueSerializer<Object> whole;

        Serializer(ValueSerializer<Object> whole) {
            this.whole = whole;
        }

        @Override
        public void serialize(Object value, JsonGenerator json, SerializationContext context) {
            Redactable item = (Redactable) value;
            if (item.withheld() == null) {
                whole.serialize(value, json, context);
                return;
            }
            json.writeStartObject(value);
            json.writeStringProperty("id", item.withheldId());
            json.writeName("withheld");
            context.writeValue(json, item.withheld());
            json.writeEndObject();
        }

        @Override
        public void resolve(SerializationContext context) {
            whole.resolve(context);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            ValueSerializer<?> contextual = whole.createContextual(context, property);
            return contextual == whole ? this : new Serializer((ValueSerializer<Object>) contextual);
        }
    }
}
