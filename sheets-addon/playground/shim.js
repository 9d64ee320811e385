/* google.script.run and google.script.host for a page shown by the add-on in the playground.
 * Injected before the page's own scripts. The page runs in a sandboxed iframe (opaque origin, like Apps Script's
 * googleusercontent frames), so calls go to the playground page by postMessage, which POSTs them to the server.
 * Config comes from window.__HUZHU_PLAYGROUND__ = { entryPoints: [...], kind, maxInFlight }. */
(function () {
  'use strict';
  var cfg = window.__HUZHU_PLAYGROUND__ || { entryPoints: [], maxInFlight: 10 };
  var nextId = 1;
  var pending = {};
  var queue = [];
  var inFlight = 0;

  function isPlainData(v, path) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return null;
    if (v === undefined) return null;
    if (Object.prototype.toString.call(v) === '[object Date]') return path + ' is a Date';
    if (typeof v === 'function') return path + ' is a function';
    if (Array.isArray(v)) {
      for (var i = 0; i < v.length; i++) {
        var e = isPlainData(v[i], path + '[' + i + ']');
        if (e) return e;
      }
      return null;
    }
    if (typeof v === 'object') {
      var proto = Object.getPrototypeOf(v);
      if (proto !== null && proto !== Object.prototype) return path + ' is not a plain object';
      for (var k in v) {
        if (Object.prototype.hasOwnProperty.call(v, k)) {
          var e2 = isPlainData(v[k], path + '.' + k);
          if (e2) return e2;
        }
      }
      return null;
    }
    return path + ' has an unsupported type';
  }

  // A <form> element is a legal argument: it is sent as {name: value} of its fields.
  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      out[el.name] = el.value;
    }
    return out;
  }

  function pump() {
    while (inFlight < cfg.maxInFlight && queue.length) {
      var call = queue.shift();
      inFlight++;
      pending[call.id] = call;
      window.parent.postMessage({ type: 'huzhu-run', id: call.id, fn: call.fn, args: call.args }, '*');
    }
  }

  function settle(call, ok, payload) {
    setTimeout(function () {
      if (ok) {
        if (call.onSuccess) call.onSuccess(payload, call.userObject);
      } else {
        var err = new Error(payload && payload.message ? payload.message : String(payload));
        err.name = (payload && payload.name) || 'ScriptError';
        if (call.onFailure) call.onFailure(err, call.userObject);
        else if (window.console) console.error('google.script.run ' + call.fn + ' failed: ' + err.message);
      }
    }, 0);
  }

  window.addEventListener('message', function (ev) {
    if (ev.source !== window.parent) return;
    var m = ev.data;
    if (!m || m.type !== 'huzhu-result') return;
    var call = pending[m.id];
    if (!call) return;
    delete pending[m.id];
    inFlight--;
    settle(call, m.ok, m.ok ? m.value : m.error);
    pump();
  });

  function Runner(onSuccess, onFailure, userObject) {
    var self = this;
    this.withSuccessHandler = function (f) {
      return new Runner(f, onFailure, userObject);
    };
    this.withFailureHandler = function (f) {
      return new Runner(onSuccess, f, userObject);
    };
    this.withUserObject = function (o) {
      return new Runner(onSuccess, onFailure, o);
    };
    cfg.entryPoints.forEach(function (name) {
      self[name] = function () {
        var args = Array.prototype.slice.call(arguments).map(function (a) {
          return a && a.tagName === 'FORM' ? formToObject(a) : a;
        });
        var call = {
          id: nextId++,
          fn: name,
          args: args,
          onSuccess: onSuccess,
          onFailure: onFailure,
          userObject: userObject,
        };
        var bad = isPlainData(args, 'arguments');
        if (bad) {
          settle(call, false, { name: 'Error', message: 'Invalid argument to google.script.run.' + name + ': ' + bad });
          return;
        }
        queue.push(call);
        pump();
      };
    });
  }

  function post(type, extra) {
    var m = { type: type };
    for (var k in extra) m[k] = extra[k];
    window.parent.postMessage(m, '*');
  }

  window.google = window.google || {};
  window.google.script = {
    run: new Runner(null, null, undefined),
    host: {
      origin: 'https://docs.google.com',
      close: function () {
        post('huzhu-close', {});
      },
      setHeight: function (h) {
        post('huzhu-resize', { height: Number(h) });
      },
      setWidth: function (w) {
        post('huzhu-resize', { width: Number(w) });
      },
      editor: {
        focus: function () {
          post('huzhu-focus', {});
        },
      },
    },
  };
})();
