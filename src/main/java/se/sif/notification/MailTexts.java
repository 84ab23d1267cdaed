package se.sif.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import se.sif.shared.Stockholm;

/**
 * What makes a message's text and addresses safe to send. Subjects and names are user
 * text (a call's title, a person's name): a line break in them would start a new header
 * (header injection), so every control character and line separator becomes a space.
 * Addresses are parsed strictly, one address each, or refused.
 */
final class MailTexts {

    /**
     * Control characters (C0, DEL, C1 with NEL) and the Unicode line and paragraph
     * separators.
     */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** An address with nothing a header could be split or extended at. */
    private static final Pattern PLAIN_ADDRESS = Pattern
        .compile("[^\\s\\p{Cc},;<>\"()\\[\\]\\\\]+@[^\\s\\p{Cc},;<>\"()\\[\\]\\\\@]+");

    static final int MAX_SUBJECT = 250;

    private MailTexts() {
    }

    /** The text on one line: what a header may carry. */
    static String oneLine(String text) {
        String flat = SPACES.matcher(BREAKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        return flat.length() <= MAX_SUBJECT ? flat : flat.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }

    /**
     * The recipient as an address header value: the address parsed strictly (one plain
     * address, nothing else), the name encoded as MIME requires.
     */
    static InternetAddress recipient(String address, @Nullable String name) throws AddressException {
        if (!PLAIN_ADDRESS.matcher(address).matches()) {
            throw new AddressException("not one plain e-mail address", address);
        }
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        if (name == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), oneLine(name), StandardCharsets.UTF_8.name());
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an address would be taken by {@link #recipient}. */
    static boolean isValidAddress(String address) {
        try {
            recipient(address, null);
            return true;
        }
        catch (AddressException e) {
            return false;
        }
    }

    /**
     * Arguments as the reader's language writes them: dates in words ("18 mars 2026", "18
     * March 2026"), moments in Stockholm time; anything else as given.
     */
    static Object[] localised(Object[] arguments, Locale locale) {
        Object[] localised = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof LocalDate date) {
                localised[i] = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
            }
            else if (argument instanceof Instant instant) {
                localised[i] = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                    .format(instant.atZone(Stockholm.ZONE));
            }
            else {
                localised[i] = argument == null ? "" : argument;
            }
        }
        return localised;
    }

}
