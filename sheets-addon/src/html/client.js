/* Shared page script (inlined into every page by build.ts). No framework, no network but google.script.run.
 * All text from the server or the sheet is put into the page with textContent, never parsed as HTML. */
var H = (function () {
  'use strict';
  var strings = { zh: {}, en: {} };
  var lang = /^zh/i.test(navigator.language || '') ? 'zh' : 'en';

  /** google.script.run as a Promise; a transport failure resolves to {ok:false, transport:true, message}. */
  function run(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return new Promise(function (resolve) {
      var r = google.script.run
        .withSuccessHandler(function (v) {
          resolve(v);
        })
        .withFailureHandler(function (e) {
          resolve({ ok: false, transport: true, message: (e && e.message) || String(e) });
        });
      r[name].apply(r, args);
    });
  }

  function t(key) {
    var s = strings[lang][key];
    if (s === undefined) s = strings.en[key];
    if (s === undefined) return key;
    var args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/\{(\d)\}/g, function (_m, i) {
      return String(args[Number(i)]);
    });
  }

  /** Fill every [data-i18n] element's text (and [data-i18n-placeholder] placeholders) in the current language. */
  function translate(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
    });
    (root || document).querySelectorAll('[data-i18n-title]').forEach(function (el) {
      el.setAttribute('title', t(el.getAttribute('data-i18n-title')));
    });
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }

  /** Element builder: attrs set as attributes (or .on* handlers), children as nodes or text (textContent). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k.slice(0, 2) === 'on' && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k === 'text') node.textContent = String(v);
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  /** Show a message (kind: info | ok | error | busy) in the element with this id; details as a list. */
  function say(id, kind, text, details) {
    var box = $(id);
    if (!box) return;
    box.textContent = '';
    box.className = 'msg ' + (kind || 'info');
    box.hidden = !text;
    if (!text) return;
    box.appendChild(el('div', { text: text }));
    if (details && details.length)
      box.appendChild(
        el(
          'ul',
          {},
          details.map(function (d) {
            return el('li', { text: d });
          }),
        ),
      );
  }

  /** Ask the server for the user's language (Session locale), then translate the page. */
  function start(dict, then) {
    strings = dict;
    translate();
    run('uiContext').then(function (ctx) {
      if (ctx && ctx.ok && (ctx.lang === 'zh' || ctx.lang === 'en')) lang = ctx.lang;
      translate();
      if (then) then();
    });
  }

  return {
    run: run,
    t: t,
    el: el,
    $: $,
    say: say,
    start: start,
    translate: translate,
    get lang() {
      return lang;
    },
  };
})();
