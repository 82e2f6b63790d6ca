package org.casebook.web;

import io.quarkus.qute.TemplateExtension;

/**
 * The language of CJK text inside English pages, for its {@code lang} attribute (tags/text.html, tags/dn.html), so that
 * browsers choose a Chinese, Japanese or Korean font for it (the same Han character is drawn differently in each).
 * Kana means Japanese, Hangul Korean, Han alone Chinese (the case files' CJK names are Chinese CAs'); anything else
 * gets no attribute and stays in the page's English.
 */
@TemplateExtension
public class TextLanguages {

    /** "ja", "ko", "zh", or "" when the text has no CJK character. */
    static String cjkLang(String text) {
        if (text == null) {
            return "";
        }
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return "ja";
            }
            if (script == Character.UnicodeScript.HANGUL) {
                return "ko";
            }
            han |= script == Character.UnicodeScript.HAN;
            i += Character.charCount(c);
        }
        return han ? "zh" : "";
    }
}
