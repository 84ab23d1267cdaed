package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.sif.DemoUsers;

/**
 * A page's form as a browser sees and sends it: every successful control, each as often
 * as it stands on the page (so a field rendered twice is posted twice, as a browser
 * would). Typing sets every control of a name, the way a person who sees one field and
 * types into it would get it stored.
 */
public final class PageForm {

    private final MockMvc mvc;

    private final String user;

    private final FormElement form;

    private PageForm(MockMvc mvc, String user, FormElement form) {
        this.mvc = mvc;
        this.user = user;
        this.form = form;
    }

    /** A request made as a signed-in demo user. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String user) {
        return user(user).roles(DemoUsers.roleOf(user));
    }

    /** The rendered page at {@code path} for a demo user. */
    public static Document page(MockMvc mvc, String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(user).roles(DemoUsers.roleOf(user)))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET " + path + " as " + user).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
    }

    /** The post form of the page whose action ends with {@code actionEnd}. */
    public static PageForm of(MockMvc mvc, String user, String path, String actionEnd) throws Exception {
        Document page = page(mvc, user, path);
        for (Element element : page.select("form[method=post]")) {
            if (element.attr("action").endsWith(actionEnd)) {
                return new PageForm(mvc, user, (FormElement) element);
            }
        }
        throw new AssertionError("no form posting to …" + actionEnd + " on " + path + " as " + user);
    }

    /**
     * The names of the value fields of every post form on a page that appear more than
     * once in their form.
     */
    public static List<String> namesRenderedTwice(Document page) {
        List<String> twice = new ArrayList<>();
        for (Element form : page.select("form[method=post]")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Element control : form.select("input[name], textarea[name], select[name]")) {
                String type = control.attr("type");
                String name = control.attr("name");
                // Radios and checkboxes share a name by design; Spring's "_name" markers
                // stand beside checkboxes.
                if (type.equals("radio") || type.equals("checkbox") || name.startsWith("_") || type.equals("submit")) {
                    continue;
                }
                counts.merge(name, 1, Integer::sum);
            }
            counts.forEach((name, count) -> {
                if (count > 1) {
                    twice.add(form.attr("action") + " " + name + " ×" + count);
                }
            });
        }
        return twice;
    }

    /**
     * Types {@code text} into every control named {@code name} (text, date, textarea).
     */
    public PageForm type(String name, String text) {
        var controls = form.select("[name=\"" + name + "\"]");
        assertThat(controls).as("a field named " + name + " in " + form.attr("action")).isNotEmpty();
        for (Element control : controls) {
            if (control.tagName().equals("textarea")) {
                control.text(text);
            }
            else {
                control.val(text);
            }
        }
        return this;
    }

    /** Chooses the radio (or ticks the checkbox) of {@code name} with {@code value}. */
    public PageForm choose(String name, String value) {
        Element select = form.selectFirst("select[name=\"" + name + "\"]");
        if (select != null) {
            select.select("option").removeAttr("selected");
            var option = select.select("option[value=\"" + value + "\"]");
            assertThat(option).as("an option " + name + "=" + value).isNotEmpty();
            option.attr("selected", "selected");
            return this;
        }
        var controls = form.select("input[name=\"" + name + "\"][value=\"" + value + "\"]");
        assertThat(controls).as("a choice " + name + "=" + value + " in " + form.attr("action")).isNotEmpty();
        if (controls.first().attr("type").equals("radio")) {
            form.select("input[name=\"" + name + "\"]").removeAttr("checked");
        }
        controls.attr("checked", "checked");
        return this;
    }

    /** Unticks the checkbox of {@code name} with {@code value}. */
    public PageForm untick(String name, String value) {
        var controls = form.select("input[type=checkbox][name=\"" + name + "\"][value=\"" + value + "\"]");
        assertThat(controls).as("a checkbox " + name + "=" + value + " in " + form.attr("action")).isNotEmpty();
        controls.removeAttr("checked");
        return this;
    }

    /**
     * Sends the form as a browser would when its button {@code name} with {@code value}
     * is pressed.
     */
    public MvcResult press(String name, String value) throws Exception {
        form.appendElement("input").attr("type", "hidden").attr("name", name).attr("value", value);
        return submit();
    }

    /** Sends the form as a browser would (pressing its only or first button). */
    public MvcResult submit() throws Exception {
        MockHttpServletRequestBuilder request = post(form.attr("action").replaceFirst("^https?://[^/]+", ""))
            .with(user(user).roles(DemoUsers.roleOf(user)))
            .with(csrf());
        form.formData().forEach(kv -> {
            if (!kv.key().equals("_csrf")) {
                request.param(kv.key(), kv.value());
            }
        });
        return mvc.perform(request).andReturn();
    }

    /** The value a control of the page shows (text of a textarea, value of an input). */
    public static String shown(Document page, String name) {
        Element control = page.selectFirst("[name=\"" + name + "\"]");
        assertThat(control).as("a field named " + name).isNotNull();
        return control.tagName().equals("textarea") ? control.wholeText() : control.val();
    }

}
