package se.sif.notification;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who a message goes to, and in which language it is written: Swedish unless the
 * recipient reads English. The name is shown beside the address; line breaks in it are
 * flattened so it cannot add a header.
 */
public record Recipient(String address, @Nullable String name, Locale locale) {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    public Recipient {
        address = address.strip();
        name = name == null || name.isBlank() ? null : MailTexts.oneLine(name);
        locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }

    /** A recipient who reads Swedish. */
    public static Recipient swedish(String address, @Nullable String name) {
        return new Recipient(address, name, SWEDISH);
    }

    /** The language's code as stored: {@code sv} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

}
