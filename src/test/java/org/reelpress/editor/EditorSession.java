package org.reelpress.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/** A signed-in writer's browser session filling in the editor's form as a browser would send it. */
record EditorSession(Connection browser, String baseUrl) {

    Document get(String path) {
        try {
            return browser.newRequest(baseUrl + path).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection.Response fetch(String path) {
        try {
            return browser.newRequest(baseUrl + path).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the editor at {@code path}, changes the named fields (a null value leaves the field out) and saves. */
    Connection.Response save(String path, Map<String, String> changes) {
        return send(get(path), changes, null);
    }

    /** Sends the editor form of an already loaded page, to its own action or to {@code action}. */
    Connection.Response send(Document page, Map<String, String> changes, String action) {
        FormElement form = (FormElement) page.getElementById("editor");
        List<Connection.KeyVal> data = new ArrayList<>();
        for (Connection.KeyVal field : form.formData()) {
            if (!changes.containsKey(field.key())) {
                data.add(field);
            }
        }
        changes.forEach((key, value) -> {
            if (value != null) {
                data.add(org.jsoup.helper.HttpConnection.KeyVal.create(key, value));
            }
        });
        return post(action == null ? form.attr("action") : action, data);
    }

    Connection.Response post(String path, List<Connection.KeyVal> data) {
        try {
            return browser.newRequest(baseUrl + path).method(Connection.Method.POST).ignoreContentType(true).data(data).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a small form of {@code fields} with the CSRF token found on {@code page}. */
    Connection.Response post(String path, Document page, String... fields) {
        List<Connection.KeyVal> data = new ArrayList<>();
        data.add(org.jsoup.helper.HttpConnection.KeyVal.create("_csrf", page.selectFirst("input[name=_csrf]").val()));
        for (int i = 0; i < fields.length; i += 2) {
            data.add(org.jsoup.helper.HttpConnection.KeyVal.create(fields[i], fields[i + 1]));
        }
        return post(path, data);
    }

    /** The id in an editor address such as /admin/posts/12/edit. */
    static long idIn(String location) {
        return Long.parseLong(location.replaceAll(".*/(\\d+)/edit$", "$1"));
    }
}
