/* The playground page: menu buttons, the add-on's sidebar/dialog in a sandboxed iframe (its google.script.run
 * calls arrive here by postMessage and are POSTed to the server), and a live view of the workbook.
 * Every piece of sheet or add-on text goes in with textContent — never as HTML. */
(function () {
  'use strict';
  var $ = function (id) {
    return document.getElementById(id);
  };
  var state = { user: '', version: -1, shownSeq: -1, tab: null, calls: 0 };

  function api(path, body) {
    var init =
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return fetch(path, init).then(function (r) {
      return r.json();
    });
  }
  function q(path) {
    return path + (path.indexOf('?') < 0 ? '?' : '&') + 'user=' + encodeURIComponent(state.user);
  }

  function message(text, isError) {
    var div = document.createElement('div');
    div.className = 'msg' + (isError ? ' error' : '');
    div.textContent = text;
    $('messages').prepend(div);
    while ($('messages').children.length > 4) $('messages').lastChild.remove();
  }

  function renderMenu(items) {
    var nav = $('menu');
    var label = nav.firstElementChild;
    nav.textContent = '';
    nav.appendChild(label);
    items.forEach(function (item) {
      var b = document.createElement('button');
      b.textContent = item.caption;
      b.dataset.fn = item.functionName;
      b.dataset.testid = 'menu-' + item.functionName;
      b.addEventListener('click', function () {
        api(q('/api/menu'), { functionName: item.functionName }).then(function (r) {
          if (!r.ok) message(item.caption + ': ' + r.error.message, true);
          poll();
        });
      });
      nav.appendChild(b);
    });
  }

  function renderPanel(open) {
    var panel = $('panel');
    if (!open) {
      panel.hidden = true;
      state.shownSeq = -1;
      $('frame').removeAttribute('src');
      return;
    }
    if (open.seq === state.shownSeq) return;
    state.shownSeq = open.seq;
    panel.hidden = false;
    panel.className = open.kind === 'sidebar' ? 'sidebar' : 'dialog';
    panel.dataset.kind = open.kind;
    panel.style.width = (open.kind === 'sidebar' ? 320 : open.width + 2) + 'px';
    panel.style.height = open.kind === 'sidebar' ? '' : open.height + 30 + 'px';
    $('panel-title').textContent = open.title;
    $('frame').src = q('/frame/' + open.seq);
  }

  function renderMessages(list) {
    list.forEach(function (m) {
      message(m.text, m.error);
    });
  }

  function renderTabs(sheets) {
    var tabs = $('tabs');
    tabs.textContent = '';
    if (
      !sheets.some(function (s) {
        return s.name === state.tab;
      })
    )
      state.tab = sheets.length ? sheets[0].name : null;
    sheets.forEach(function (s) {
      var b = document.createElement('button');
      b.textContent = s.name;
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.name === state.tab));
      b.addEventListener('click', function () {
        state.tab = s.name;
        renderWorkbook(state.workbook);
        api(q('/api/activate'), { sheet: s.name });
      });
      tabs.appendChild(b);
    });
  }

  function colName(n) {
    var s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function renderGrid(sheet) {
    var table = $('grid');
    table.textContent = '';
    table.dataset.sheet = sheet ? sheet.name : '';
    if (!sheet) return;
    var head = table.insertRow();
    head.appendChild(document.createElement('th'));
    for (var c = 1; c <= sheet.columns; c++) {
      var th = document.createElement('th');
      th.textContent = colName(c);
      head.appendChild(th);
    }
    sheet.rows.forEach(function (row, r) {
      var tr = table.insertRow();
      if (r < sheet.frozenRows) tr.className = 'frozen';
      var th = document.createElement('th');
      th.textContent = String(r + 1);
      tr.appendChild(th);
      row.forEach(function (cell) {
        var td = tr.insertCell();
        td.textContent = cell.t;
        if (cell.f) {
          td.className = 'formula';
          td.title = cell.f;
        } else if (cell.n) td.className = 'num';
        if (cell.b) td.className += ' bold';
      });
    });
    if (sheet.truncated) {
      var more = table.insertRow().insertCell();
      more.colSpan = sheet.columns + 1;
      more.textContent = '… ' + sheet.truncated + ' more rows';
    }
  }

  function renderCharts(sheet) {
    var box = $('charts');
    box.textContent = '';
    if (!sheet) return;
    sheet.charts.forEach(function (ch) {
      var div = document.createElement('div');
      div.className = 'chart';
      div.dataset.type = ch.type;
      var title = document.createElement('div');
      title.textContent = 'Chart (' + ch.type.toLowerCase() + '): ' + (ch.title || '') + ' — ' + ch.ranges.join(', ');
      div.appendChild(title);
      var max =
        ch.bars.reduce(function (m, b) {
          return Math.max(m, Math.abs(b.value));
        }, 0) || 1;
      ch.bars.forEach(function (b) {
        var bar = document.createElement('div');
        bar.className = 'bar';
        var label = document.createElement('span');
        label.className = 'label';
        label.textContent = b.label;
        var fill = document.createElement('span');
        fill.className = 'fill';
        fill.style.width = Math.round((Math.abs(b.value) / max) * 300) + 'px';
        var v = document.createElement('span');
        v.textContent = String(b.value);
        bar.appendChild(label);
        bar.appendChild(fill);
        bar.appendChild(v);
        div.appendChild(bar);
      });
      box.appendChild(div);
    });
  }

  function renderWorkbook(wb) {
    state.workbook = wb;
    renderTabs(wb.sheets);
    var sheet = wb.sheets.filter(function (s) {
      return s.name === state.tab;
    })[0];
    renderGrid(sheet);
    renderCharts(sheet);
  }

  var polling = false;
  function poll() {
    if (polling || !state.user) return Promise.resolve();
    polling = true;
    return api(q('/api/state'))
      .then(function (s) {
        renderMenu(s.menu);
        renderPanel(s.open);
        renderMessages(s.messages);
        $('activity').textContent = s.activity;
        // Follow the user's active sheet when a script changes it (Sheets shows a newly inserted sheet).
        var followed = s.activeSheet !== state.activeSheet;
        if (followed) {
          state.activeSheet = s.activeSheet;
          state.tab = s.activeSheet;
        }
        if (s.version !== state.version) {
          state.version = s.version;
          return api('/api/workbook').then(renderWorkbook);
        }
        if (followed && state.workbook) renderWorkbook(state.workbook);
      })
      .catch(function (e) {
        message('playground: ' + e.message, true);
      })
      .then(function () {
        polling = false;
      });
  }

  // Calls from the add-on page in the iframe.
  window.addEventListener('message', function (ev) {
    var frame = $('frame');
    if (ev.source !== frame.contentWindow) return;
    var m = ev.data || {};
    var reply = function (data) {
      if (frame.contentWindow) frame.contentWindow.postMessage(data, '*');
    };
    if (m.type === 'huzhu-run') {
      api(q('/api/run'), { fn: m.fn, args: m.args }).then(
        function (r) {
          reply({ type: 'huzhu-result', id: m.id, ok: r.ok, value: r.value, error: r.error });
          poll();
        },
        function (e) {
          reply({
            type: 'huzhu-result',
            id: m.id,
            ok: false,
            error: { name: 'NetworkError', message: String(e && e.message) },
          });
        },
      );
    } else if (m.type === 'huzhu-close') {
      api(q('/api/close'), {}).then(poll);
    } else if (m.type === 'huzhu-resize') {
      if (m.height) $('panel').style.height = m.height + 30 + 'px';
      if (m.width && $('panel').dataset.kind !== 'sidebar') $('panel').style.width = m.width + 2 + 'px';
    }
  });

  $('panel-close').addEventListener('click', function () {
    api(q('/api/close'), {}).then(poll);
  });
  $('reset').addEventListener('click', function () {
    api('/api/reset', {}).then(function () {
      state.version = -1;
      state.shownSeq = -1;
      poll();
    });
  });
  $('user').addEventListener('change', function () {
    state.user = $('user').value;
    state.shownSeq = -1;
    poll();
  });

  api('/api/users').then(function (r) {
    r.users.forEach(function (u) {
      var o = document.createElement('option');
      o.value = u;
      o.textContent = u;
      $('user').appendChild(o);
    });
    state.user = r.users[0];
    poll();
    setInterval(poll, 700);
  });
})();
