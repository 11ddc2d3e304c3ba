package it.sfide.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void italianIsTheDefaultAndEnglishIsServedOnRequest() {
        assertTrue(Texts.get(Locale.GERMAN, "error.forbidden").startsWith("Non hai"));
        assertTrue(Texts.get(Locale.UK, "error.forbidden").startsWith("You do not"));
    }

    @Test
    void apostrophesSurviveFormattingWithArguments() {
        String text = Texts.get(Locale.ITALIAN, "mail.registered.body", "Anna", "Comune di Milano");
        assertTrue(text.contains("l'organizzazione sarà verificata"), text);
        assertTrue(text.contains("Gentile Anna"), text);
    }

    @Test
    void englishHasEveryKeyOfItalian() throws Exception {
        Properties italian = load("it/sfide/i18n/messages.properties");
        Properties english = load("it/sfide/i18n/messages_en.properties");
        Set<String> missing = new TreeSet<>(italian.stringPropertyNames());
        missing.removeAll(english.stringPropertyNames());
        Set<String> extra = new TreeSet<>(english.stringPropertyNames());
        extra.removeAll(italian.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys without English text");
        assertEquals(Set.of(), extra, "keys without Italian text");
    }

    @Test
    void unknownKeysShowTheKeyRatherThanFail() {
        assertEquals("no.such.key", Texts.get(Locale.ITALIAN, "no.such.key"));
        assertTrue(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ITALIAN).containsKey("app.name"));
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = TextsTest.class.getClassLoader().getResourceAsStream(resource);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
