package org.jixiao.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/**
 * A figure is written as its text ({@code "1,474.07"}) when it has no provenance, else as
 * {@code {"text": "1,474.07", "at": {"line": 140}}}. A JSON number is accepted as its literal text.
 */
final class FigureJson {

    private FigureJson() {
    }

    static final class Writer extends JsonSerializer<Figure> {
        @Override
        public void serialize(Figure figure, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (figure.at() == null) {
                gen.writeString(figure.text());
                return;
            }
            gen.writeStartObject();
            gen.writeStringField("text", figure.text());
            gen.writeFieldName("at");
            provider.defaultSerializeValue(figure.at(), gen);
            gen.writeEndObject();
        }
    }

    static final class Reader extends JsonDeserializer<Figure> {
        @Override
        public Figure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) return Figure.of(p.getText());
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return Figure.of(p.getDecimalValue().toPlainString());
            }
            if (token == JsonToken.START_OBJECT) {
                String text = null;
                Provenance at = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "text" -> {
                            if (p.currentToken() != JsonToken.VALUE_STRING) {
                                throw JsonMappingException.wrapWithPath(
                                        MismatchedInputException.from(p, Figure.class, "text 必须是字符串（所写的文字）"), Figure.class, "text");
                            }
                            text = p.getText();
                        }
                        case "at" -> {
                            try {
                                at = ctxt.readValue(p, Provenance.class);
                            } catch (JsonMappingException e) {
                                throw JsonMappingException.wrapWithPath(e, Figure.class, "at");
                            }
                        }
                        default -> throw MismatchedInputException.from(p, Figure.class, "未知字段 " + name + "（允许 text, at）");
                    }
                }
                if (text == null) throw MismatchedInputException.from(p, Figure.class, "缺少 text");
                return Figure.of(text, at);
            }
            throw MismatchedInputException.from(p, Figure.class, "应为字符串（所写的值）或 {text, at} 对象");
        }
    }
}
