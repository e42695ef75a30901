package dev.readout.server;

import dev.readout.view.DocumentHtml;

/**
 * The page at {@code GET /}: paste a text or choose a file, press Analyse, and the document view appears below
 * ({@code POST /v1/view}). The file is read in the browser; an error shows its one line. The page holds no data of
 * the server's and is the same for everyone, so it needs no key; when the server wants one, the page asks for it.
 */
final class HomePage {
  private HomePage() {}

  private static final String STYLE = """
      body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1em 1.5em;color:#222}
      h1{font-size:1.35em;margin:.2em 0}
      form{display:grid;gap:.5em;max-width:70em}
      textarea{width:100%;min-height:12em;font:14px/1.4 ui-monospace,monospace;box-sizing:border-box}
      .row{display:flex;gap:1em;align-items:center;flex-wrap:wrap}
      #rd-error{color:#b00020;font-weight:600}
      #rd-status{color:#555}
      #rd-result{margin-top:1.2em;border-top:1px solid #ddd;padding-top:.6em}
      """;

  private static final String SCRIPT = """
      (function () {
        var form = document.getElementById('rd-form');
        var text = document.getElementById('rd-text');
        var file = document.getElementById('rd-file');
        var key = document.getElementById('rd-key');
        var error = document.getElementById('rd-error');
        var status = document.getElementById('rd-status');
        var result = document.getElementById('rd-result');
        file.addEventListener('change', function () {
          if (!file.files.length) { return; }
          var reader = new FileReader();
          reader.onload = function () { text.value = reader.result; };
          reader.onerror = function () { error.textContent = 'the file could not be read'; };
          reader.readAsText(file.files[0], 'utf-8');
        });
        form.addEventListener('submit', function (ev) {
          ev.preventDefault();
          error.textContent = '';
          status.textContent = 'analysing…';
          var headers = {'Content-Type': 'text/plain; charset=utf-8'};
          if (key && key.value) { headers['X-API-Key'] = key.value; }
          fetch('v1/view', {method: 'POST', headers: headers, body: text.value})
            .then(function (r) {
              return r.text().then(function (body) { return {ok: r.ok, status: r.status, body: body}; });
            })
            .then(function (r) {
              status.textContent = '';
              if (r.ok) {
                result.innerHTML = r.body;
                return;
              }
              var message = 'HTTP ' + r.status;
              try { message = JSON.parse(r.body).error || message; } catch (e) { /* not JSON */ }
              error.textContent = message;
            })
            .catch(function (e) {
              status.textContent = '';
              error.textContent = 'the server could not be reached: ' + e.message;
            });
        });
      })();
      """;

  /** The page; with {@code askKey} it has a field for the API key. */
  static String html(boolean askKey) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>Readout</title>\n<style>\n"
        + STYLE + DocumentHtml.style() + "</style></head>\n<body>\n<h1>Readout</h1>\n"
        + "<p>Paste a press release or a meeting readout, or choose a text file, and see who said what, about what, with which stance.</p>\n"
        + "<form id=\"rd-form\">\n<textarea id=\"rd-text\" name=\"text\" placeholder=\"Paste a text here\" required></textarea>\n"
        + "<div class=\"row\"><label>or a file: <input type=\"file\" id=\"rd-file\" accept=\".txt,text/plain\"></label>\n"
        + (askKey ? "<label>API key: <input type=\"password\" id=\"rd-key\" autocomplete=\"off\"></label>\n" : "")
        + "<button type=\"submit\" id=\"rd-submit\">Analyse</button><span id=\"rd-status\"></span></div>\n"
        + "<div id=\"rd-error\" role=\"alert\"></div>\n</form>\n<div id=\"rd-result\"></div>\n"
        + "<script>\n" + SCRIPT + DocumentHtml.script() + "</script>\n</body></html>\n";
  }
}
