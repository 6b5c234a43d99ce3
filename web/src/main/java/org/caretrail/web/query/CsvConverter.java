package org.caretrail.web.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes one type of query answer as UTF-8 CSV. Registered as a bean, it lets Spring's content
 * negotiation choose between JSON and CSV by the Accept header, for any mapping that produces both.
 */
public final class CsvConverter<T> extends AbstractHttpMessageConverter<T> {

    /** The media type to name in a mapping's {@code produces}. */
    public static final String TEXT_CSV = "text/csv";

    private final Class<T> type;
    private final Function<T, String> format;

    public CsvConverter(Class<T> type, Function<T, String> format) {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(TEXT_CSV));
        this.type = type;
        this.format = format;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an export format; it is not read", input);
    }

    @Override
    protected void writeInternal(T answer, HttpOutputMessage output) throws IOException {
        output.getBody().write(format.apply(answer).getBytes(StandardCharsets.UTF_8));
    }
}
