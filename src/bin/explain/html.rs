//! The HTML format: one self-contained page of every code, for the teams and support staff who
//! need the table once LeanCloud's documentation is offline.
//!
//! Everything is inline (style and script, no fonts, images or requests), so the file works
//! from a disk or an attachment. Without JavaScript every row shows every language; the script
//! adds search by number, name or alias, a family filter, a language switch, and brings a
//! `#NUMBER` row into view even when a filter hid it.

use std::fmt;
use std::io::{self, Write};

use leancloud_im_codes::{Carrier, Code, CodeRange, Family, KnownCode, Lang};

use crate::answer;
use crate::text::{RESEND, sendable, unknown_outcome};

/// Text escaped for HTML content and attribute values.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

const STYLE: &str = r#"
:root{--line:#d0d7de;--muted:#57606a;--mark:#fff1b8}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang TC","PingFang SC","Microsoft JhengHei","Microsoft YaHei",sans-serif;color:#1f2328;background:#fff}
header{padding:12px 20px 8px}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:17px;margin:24px 0 8px}
p{margin:0 0 8px}
.notice{padding:6px 10px;background:#fff8c5;border:1px solid #d4a72c;border-radius:4px}
.legend{color:var(--muted);font-size:13px}
#controls{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;padding:8px 20px;background:#f6f8fa;border-block:1px solid var(--line)}
#controls[hidden],[hidden]{display:none}
#controls input{width:16em}
main{padding:0 20px 32px}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f6f8fa}
tr{scroll-margin-top:48px}
tr:target>td{background:var(--mark)}
tr:target{outline:2px solid #d4a72c}
.n{font:600 15px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.n a{color:inherit;text-decoration:none}
.name{font:600 13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.sub,.never{color:var(--muted);font-size:12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 8px;margin:0}
dt{color:var(--muted)}
dd{margin:0}
ul{margin:0;padding-left:16px}
li>.sub{display:block}
.t{margin-bottom:6px}
.t>b{display:inline-block;font-size:11px;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 4px;margin-bottom:2px}
.src{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
body[data-lang=en] .t:not([lang=en]),body[data-lang=zh-Hans] .t:not([lang=zh-Hans]),body[data-lang=zh-Hant] .t:not([lang=zh-Hant]){display:none}
"#;

const SCRIPT: &str = r"
(function () {
  'use strict';
  var body = document.body;
  var search = document.getElementById('search');
  var family = document.getElementById('family');
  var lang = document.getElementById('lang');
  var count = document.getElementById('count');
  var none = document.getElementById('none');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#codes tbody tr'));
  var ranges = Array.prototype.slice.call(document.querySelectorAll('#ranges tbody tr'));

  // A query is words: numbers match a code's number from its start (leading zeros dropped),
  // other words a part of its name or an alias. So the crate's display forms match too:
  // 4111 SESSION_CONFLICT, SESSION_CONFLICT (4111), #4111.
  function words(text) {
    return text.toLowerCase().replace(/[#()\[\],:]/g, ' ').split(/\s+/).filter(Boolean).map(function (word) {
      return /^\d+$/.test(word) ? word.replace(/^0+(?=\d)/, '') : word.replace(/-/g, '_');
    });
  }
  function matches(row, query) {
    return query.every(function (word) {
      if (/^\d+$/.test(word)) return row.id.indexOf(word) === 0;
      return row.getAttribute('data-s').indexOf(word) !== -1;
    });
  }
  function apply() {
    var query = words(search.value);
    var shown = 0;
    rows.forEach(function (row) {
      var show = (!family.value || row.getAttribute('data-family') === family.value) && matches(row, query);
      row.hidden = !show;
      if (show) shown += 1;
    });
    count.textContent = shown + ' / ' + rows.length;
    none.textContent = '';
    none.hidden = shown !== 0;
    if (shown === 0) {
      var hiddenRows = rows.filter(function (row) { return matches(row, query); });
      if (family.value && hiddenRows.length) {
        none.appendChild(document.createTextNode('No code of this family matches; the family filter hides '));
        hiddenRows.slice(0, 5).forEach(function (row, index) {
          var link = document.createElement('a');
          link.href = '#' + row.id;
          link.textContent = row.id;
          if (index) none.appendChild(document.createTextNode(', '));
          none.appendChild(link);
        });
        none.appendChild(document.createTextNode(hiddenRows.length > 5 ? ' and more.' : '.'));
        return;
      }
      none.appendChild(document.createTextNode('No known code matches.'));
      var number = query.length === 1 && /^\d+$/.test(query[0]) ? Number(query[0]) : NaN;
      var range = rangeOf(number);
      if (range) {
        var link = document.createElement('a');
        link.href = '#' + range.id;
        link.textContent = range.querySelector('.name').textContent;
        none.appendChild(document.createTextNode(' ' + number + ' is in the range '));
        none.appendChild(link);
        none.appendChild(document.createTextNode('.'));
      }
    }
  }
  function rangeOf(number) {
    return ranges.filter(function (range) {
      return number >= Number(range.getAttribute('data-from')) && number <= Number(range.getAttribute('data-to'));
    })[0];
  }
  function setLang() {
    if (lang.value) body.setAttribute('data-lang', lang.value);
    else body.removeAttribute('data-lang');
  }
  function target() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (malformed) {
      return;
    }
    var row = id && document.getElementById(id);
    if (!row && /^\d+$/.test(id)) {
      // A number no known code has: say so, and show its range.
      search.value = id;
      family.value = '';
      apply();
      row = rangeOf(Number(id));
    }
    if (!row) return;
    if (row.hidden) {
      search.value = '';
      family.value = '';
      apply();
    }
    row.scrollIntoView({ block: 'start' });
  }
  lang.value = body.getAttribute('data-default-lang') || 'en';
  setLang();
  search.addEventListener('input', apply);
  family.addEventListener('change', apply);
  // Texts change the rows' heights: keep a linked row in view.
  lang.addEventListener('change', function () { setLang(); target(); });
  window.addEventListener('hashchange', target);
  document.getElementById('controls').hidden = false;
  apply();
  target();
})();
";

/// Writes the page; it opens in `lang` when JavaScript runs.
pub fn write(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    let version = env!("CARGO_PKG_VERSION");
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>LeanCloud IM error codes and WebSocket close codes (leancloud-im-codes {version})</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<style>{STYLE}</style>\n</head>\n\
         <body data-default-lang=\"{}\">\n<header>\n\
         <h1>LeanCloud IM error codes and WebSocket close codes</h1>\n\
         <p class=\"notice\">LeanCloud's public service and its documentation go offline on \
         <strong>2027-01-12</strong>. This page is the record of every code: its answers, its \
         texts in English, Simplified and Traditional Chinese, and the sources of its facts, \
         from leancloud-im-codes {version} (<code>explain --all --format html</code>).</p>\n\
         <p class=\"legend\">connection: what to do with the connection or session the code \
         ended, by the way it arrived; operation: what to do with the request it answered; wait: \
         the documented wait before a retry. <em>never</em>: the code never arrives that way; \
         <em>nothing</em>: there is nothing to do.</p>\n</header>\n",
        lang.tag()
    )?;
    controls(out)?;
    writeln!(
        out,
        "<main>\n<p id=\"none\" hidden></p>\n<table id=\"codes\">\n{COLUMNS}\n<thead><tr><th>Code</th><th>Name</th><th>Answers</th><th>Texts</th><th>Sources</th></tr></thead>\n<tbody>"
    )?;
    for known in KnownCode::ALL {
        code_row(out, *known)?;
    }
    writeln!(
        out,
        "</tbody>\n</table>\n<h2>Unknown numbers</h2>\n<p class=\"legend\">A number that no \
         known code has is answered by its RFC 6455 range.</p>\n<table id=\"ranges\">\n{COLUMNS}\n\
         <thead><tr><th>Range</th><th>Numbers</th><th>Answers</th><th>Texts</th><th>Sources</th></tr></thead>\n<tbody>"
    )?;
    for range in CodeRange::ALL {
        range_row(out, *range)?;
    }
    writeln!(
        out,
        "</tbody>\n</table>\n</main>\n<footer class=\"legend\" style=\"padding:0 20px 20px\">{} codes; leancloud-im-codes {version}.</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
        KnownCode::ALL.len()
    )
}

const COLUMNS: &str = "<colgroup><col style=\"width:6%\"><col style=\"width:15%\"><col style=\"width:20%\"><col style=\"width:41%\"><col style=\"width:18%\"></colgroup>";

/// The search box, family filter and language switch: hidden until the script shows them.
fn controls(out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        "<form id=\"controls\" hidden onsubmit=\"return false\">\n\
         <label>Search <input type=\"search\" id=\"search\" placeholder=\"number, name or alias\" autocomplete=\"off\"></label>\n\
         <label>Family <select id=\"family\"><option value=\"\">all</option>"
    )?;
    for family in Family::ALL {
        write!(out, "<option>{}</option>", family.as_str())?;
    }
    write!(
        out,
        "</select></label>\n<label>Language <select id=\"lang\"><option value=\"\">all</option>"
    )?;
    for lang in Lang::ALL {
        write!(out, "<option>{}</option>", lang.tag())?;
    }
    writeln!(
        out,
        "</select></label>\n<span>shown: <output id=\"count\"></output></span>\n</form>"
    )
}

fn code_row(out: &mut dyn Write, known: KnownCode) -> io::Result<()> {
    let code = known.code();
    let number = code.as_u16();
    let mut search = format!("{number} {}", known.name());
    for alias in known.aliases() {
        search.push(' ');
        search.push_str(alias);
    }
    write!(
        out,
        "<tr id=\"{number}\" data-family=\"{}\" data-s=\"{}\">\
         <td class=\"n\"><a href=\"#{number}\">{number}</a></td><td><div class=\"name\">{}</div>",
        known.family(),
        Escaped(&search.to_ascii_lowercase()),
        Escaped(known.name()),
    )?;
    if !known.aliases().is_empty() {
        write!(
            out,
            "<div class=\"sub\">aliases: {}</div>",
            Escaped(&known.aliases().join(", "))
        )?;
    }
    write!(
        out,
        "<div class=\"sub\">family: {}</div></td>",
        known.family()
    )?;
    answers(out, code, true)?;
    texts_and_sources(out, code)
}

/// A range's row, answered as a number of it that no known code has.
fn range_row(out: &mut dyn Write, range: CodeRange) -> io::Result<()> {
    let Some(code) = (0..=u16::MAX)
        .map(Code::new)
        .find(|code| code.range() == range && !code.is_known())
    else {
        return Ok(());
    };
    let (from, to) = range
        .span()
        .split_once('-')
        .unwrap_or((range.span(), range.span()));
    write!(
        out,
        "<tr id=\"range-{}\" data-from=\"{from}\" data-to=\"{to}\"><td class=\"name\">{}</td><td>{}</td>",
        range.as_str(),
        range.as_str(),
        range.span()
    )?;
    answers(out, code, false)?;
    texts_and_sources(out, code)
}

/// The answers cell: the connection answer per carrier (carriers that agree share a line), the
/// operation, the wait, and for a code its range and whether a Close frame may carry it.
fn answers(out: &mut dyn Write, code: Code, is_code: bool) -> io::Result<()> {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for carrier in Carrier::ALL {
        let word = answer(code.connection(*carrier));
        match groups.iter_mut().find(|(seen, _)| *seen == word) {
            Some((_, carriers)) => carriers.push(carrier.as_str()),
            None => groups.push((word, vec![carrier.as_str()])),
        }
    }
    write!(out, "<td><dl><dt>connection</dt><dd><ul>")?;
    for (word, carriers) in &groups {
        write!(
            out,
            "<li>{} <span class=\"sub\">{}</span></li>",
            word_html(word),
            carriers.join(", ")
        )?;
    }
    write!(
        out,
        "</ul></dd><dt>operation</dt><dd>{}</dd><dt>wait</dt><dd>",
        word_html(&answer(code.operation()))
    )?;
    match code.retry_after() {
        Some(wait) => write!(out, "{wait}")?,
        None => write!(out, "<span class=\"never\">none documented</span>")?,
    }
    write!(out, "</dd>")?;
    if unknown_outcome(code) {
        write!(out, "<dt>resend</dt><dd>{RESEND}</dd>")?;
    }
    if is_code {
        write!(
            out,
            "<dt>range</dt><dd>{} ({}); {}</dd>",
            code.range(),
            code.range().span(),
            sendable(code)
        )?;
    }
    write!(out, "</dl></td>")
}

/// An answer word; `never` greyed.
fn word_html(word: &str) -> String {
    if word == "never" {
        "<span class=\"never\">never</span>".to_owned()
    } else {
        format!("<b>{}</b>", Escaped(word))
    }
}

/// The texts cell (every language, each marked with its tag) and the sources cell; ends the row.
fn texts_and_sources(out: &mut dyn Write, code: Code) -> io::Result<()> {
    write!(out, "<td>")?;
    for lang in Lang::ALL {
        write!(
            out,
            "<div class=\"t\" lang=\"{tag}\"><b>{tag}</b><dl><dt>description</dt><dd>{}</dd>\
             <dt>hint</dt><dd>{}</dd><dt>message</dt><dd class=\"msg\">{}</dd></dl></div>",
            Escaped(code.description(*lang)),
            Escaped(code.hint(*lang)),
            Escaped(code.message(*lang)),
            tag = lang.tag(),
        )?;
    }
    write!(out, "</td><td><ul class=\"src\">")?;
    for source in code.sources() {
        write!(out, "<li>{}</li>", Escaped(source))?;
    }
    writeln!(out, "</ul></td></tr>")
}
