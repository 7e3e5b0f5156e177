const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #dfe7ee; color: #1b2733; height: 100vh; display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 12px; padding: 8px 14px; background: #517da2; color: #fff; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0 8px 0 0; font-weight: 600; }
header .hook { font-size: 12px; opacity: .9; }
header .hook.err { color: #ffd7d7; }
header button, header label { font: inherit; font-size: 13px; }
header button { background: #fff; color: #2b5278; border: 0; border-radius: 6px; padding: 5px 10px; cursor: pointer; }
header label { display: flex; gap: 4px; align-items: center; }
#columns { flex: 1; display: flex; gap: 10px; padding: 10px; overflow-x: auto; min-height: 0; }
#first-steps { margin: auto; max-width: 420px; background: #fff; border-radius: 10px; padding: 16px 20px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
#first-steps h2 { font-size: 16px; margin: 0 0 8px; }
#first-steps ol { margin: 0; padding-left: 20px; }
#columns:has(.col) #first-steps { display: none; }
.col { flex: 0 0 360px; display: flex; flex-direction: column; background: #c9d9e6; border-radius: 10px; overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.15); min-height: 0; }
.col-head { background: #fff; padding: 8px 10px; display: flex; align-items: center; gap: 8px; }
.avatar { width: 32px; height: 32px; border-radius: 50%; color: #fff; display: grid; place-items: center; font-weight: 600; flex: 0 0 auto; }
.who { flex: 1; min-width: 0; }
.who .name { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.who .status { font-size: 12px; color: #7a8a99; }
.who .status.typing { color: #3a8bd8; }
.col-head button { font-size: 12px; border: 1px solid #c5d2dd; background: #f4f7fa; border-radius: 6px; padding: 3px 7px; cursor: pointer; }
.col-head button.blocked { background: #ffe1e1; border-color: #e6a3a3; }
.messages { flex: 1; overflow-y: auto; padding: 10px 8px; display: flex; flex-direction: column; gap: 6px; }
.msg { max-width: 85%; padding: 6px 9px 4px; border-radius: 10px; background: #fff; box-shadow: 0 1px 1px rgba(0,0,0,.1); word-wrap: break-word; white-space: pre-wrap; position: relative; }
.msg.bot { align-self: flex-start; border-bottom-left-radius: 3px; }
.msg.user { align-self: flex-end; background: #e1ffc7; border-bottom-right-radius: 3px; }
.msg.deleted { opacity: .45; }
.msg.deleted .body { text-decoration: line-through; }
.msg .meta { font-size: 11px; color: #8a9aa9; text-align: right; margin-top: 2px; white-space: nowrap; }
.msg .fwd { font-size: 12px; color: #3a8bd8; margin-bottom: 2px; }
.msg .quote { font-size: 12px; border-left: 2px solid #3a8bd8; padding-left: 6px; color: #557; margin-bottom: 3px; max-height: 3.2em; overflow: hidden; }
.msg .media { font-size: 13px; color: #456; background: #eef3f7; border-radius: 6px; padding: 6px 8px; margin-bottom: 3px; }
.msg.user .media { background: #d1f2b5; }
.msg .sticker { font-size: 54px; line-height: 1.1; }
.msg .body code, .msg .body pre { font-family: ui-monospace, monospace; background: #f1f1f1; border-radius: 3px; padding: 0 3px; }
.msg .body pre { display: block; padding: 4px 6px; white-space: pre-wrap; }
.msg .body blockquote { margin: 2px 0; border-left: 3px solid #3a8bd8; padding-left: 6px; }
.msg .body .spoiler { background: #c8cdd2; color: transparent; border-radius: 3px; cursor: pointer; }
.msg .body .spoiler.shown { background: none; color: inherit; }
.service { align-self: center; background: rgba(0,0,0,.25); color: #fff; border-radius: 10px; padding: 3px 10px; font-size: 12px; }
.invoice { border: 1px solid #d7e2ea; border-radius: 8px; padding: 6px 8px; margin-bottom: 4px; background: #f7fbff; }
.invoice .title { font-weight: 600; }
.invoice .amount { font-weight: 600; color: #2b5278; margin-top: 3px; }
.kb { display: grid; gap: 4px; margin-top: 5px; }
.kb-row { display: flex; gap: 4px; }
.kb-btn { flex: 1; border: 0; background: rgba(82, 136, 193, .16); color: #2b5278; border-radius: 6px; padding: 6px 4px; font: inherit; font-size: 13px; cursor: pointer; }
.kb-btn:hover { background: rgba(82, 136, 193, .3); }
.kb-btn.pay { background: #3a8bd8; color: #fff; }
.kb-btn.pay.paid { background: rgba(82, 136, 193, .16); color: #2b5278; }
.kb-btn[disabled] { opacity: .5; cursor: default; }
.toast { margin: 0 8px 6px; background: rgba(30, 40, 50, .85); color: #fff; border-radius: 8px; padding: 6px 10px; font-size: 13px; }
.toast.alert { background: #fff; color: #1b2733; border: 1px solid #b9c7d3; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.toast.alert button { float: right; }
.reply-kb { display: grid; gap: 4px; padding: 6px 8px; background: #f3f6f8; border-top: 1px solid #d5dfe7; }
.reply-kb .kb-btn { background: #fff; border: 1px solid #d5dfe7; }
.composer { display: flex; gap: 6px; padding: 6px 8px 8px; background: #fff; border-top: 1px solid #d5dfe7; align-items: flex-end; }
.composer textarea { flex: 1; resize: none; border: 1px solid #d5dfe7; border-radius: 8px; padding: 6px 8px; font: inherit; height: 36px; max-height: 120px; }
.composer button { border: 0; border-radius: 8px; background: #3a8bd8; color: #fff; padding: 8px 10px; cursor: pointer; font: inherit; }
.quick { display: flex; gap: 2px; padding: 4px 8px 0; background: #fff; flex-wrap: wrap; }
.quick button { border: 0; background: none; font-size: 17px; cursor: pointer; padding: 2px 4px; border-radius: 6px; }
.quick button:hover { background: #eef3f7; }
.empty { color: #556; text-align: center; margin: auto; font-size: 13px; max-width: 260px; }
#log { max-height: 32vh; overflow: auto; background: #1e2a35; color: #cfe0ee; font: 12px/1.4 ui-monospace, monospace; padding: 6px 10px; display: none; }
#log.open { display: block; }
#log .err { color: #ff9c9c; }
`

// biome-ignore lint/complexity/noUselessStringRaw: client JS must keep backslashes verbatim if regexes are added
const SCRIPT = String.raw`
(function () {
  var cfg = window.SANDBOX_CONFIG;
  var columns = document.getElementById('columns');
  var cols = new Map();
  var lastVersion = -1;
  var busy = false;
  var colors = ['#e17076', '#7bc862', '#65aadd', '#a695e7', '#ee7aae', '#6ec9cb', '#faa774'];

  function api(method, path, body) {
    var opts = { method: method, headers: {} };
    if (body !== undefined) { opts.headers['content-type'] = 'application/json'; opts.body = JSON.stringify(body); }
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (t) {
        var data = t ? JSON.parse(t) : null;
        if (!r.ok) throw new Error((data && data.error) || ('HTTP ' + r.status));
        return data;
      });
    });
  }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function safeUrl(u) { return /^(https?:|tg:)/i.test(u || '') ? u : '#'; }
  function el(tag, cls, html) { var e = document.createElement(tag); if (cls) e.className = cls; if (html !== undefined) e.innerHTML = html; return e; }
  function time(d) { var t = new Date(d * 1000); return ('0' + t.getHours()).slice(-2) + ':' + ('0' + t.getMinutes()).slice(-2); }

  var OPEN = { bold: '<b>', italic: '<i>', underline: '<u>', strikethrough: '<s>', code: '<code>', pre: '<pre>', blockquote: '<blockquote>', expandable_blockquote: '<blockquote>', spoiler: '<span class="spoiler">' };
  var CLOSE = { bold: '</b>', italic: '</i>', underline: '</u>', strikethrough: '</s>', code: '</code>', pre: '</pre>', blockquote: '</blockquote>', expandable_blockquote: '</blockquote>', spoiler: '</span>' };
  function openTag(e) {
    if (e.type === 'text_link' || e.type === 'url') return '<a target="_blank" rel="noopener" href="' + esc(safeUrl(e.url)) + '">';
    return OPEN[e.type] || '<span>';
  }
  function closeTag(e) { return (e.type === 'text_link' || e.type === 'url') ? '</a>' : (CLOSE[e.type] || '</span>'); }
  /** Telegram entities (UTF-16 offsets, properly nested) to safe HTML. */
  function renderText(text, entities) {
    if (!text) return '';
    var list = (entities || []).slice().sort(function (a, b) { return a.offset - b.offset || b.length - a.length; });
    var out = '', stack = [], k = 0;
    for (var i = 0; i <= text.length; i++) {
      while (stack.length && stack[stack.length - 1].offset + stack[stack.length - 1].length <= i) out += closeTag(stack.pop());
      while (k < list.length && list[k].offset === i) {
        var e = list[k++];
        if (e.type === 'url') e = { type: 'url', offset: e.offset, length: e.length, url: text.substr(e.offset, e.length) };
        out += openTag(e); stack.push(e);
      }
      if (i < text.length) out += esc(text[i]);
    }
    while (stack.length) out += closeTag(stack.pop());
    return out;
  }

  function mediaHtml(m) {
    var msg = m.message;
    switch (m.type) {
      case 'photo': return '<div class="media">🖼 Photo ' + esc(msg.photo[msg.photo.length - 1].width + '×' + msg.photo[msg.photo.length - 1].height) + '</div>';
      case 'sticker': return '<div class="sticker" title="sticker">' + esc(msg.sticker.emoji || '🙂') + '</div>';
      case 'voice': return '<div class="media">🎤 Voice message · 0:' + ('0' + msg.voice.duration).slice(-2) + '</div>';
      case 'video_note': return '<div class="media">⏺ Video message · 0:' + ('0' + msg.video_note.duration).slice(-2) + '</div>';
      case 'video': return '<div class="media">🎬 Video</div>';
      case 'audio': return '<div class="media">🎵 Audio</div>';
      case 'animation': return '<div class="media">🎞 GIF</div>';
      case 'document': return '<div class="media">📄 ' + esc(msg.document.file_name || 'document') + '</div>';
      case 'location': return '<div class="media">📍 ' + esc(msg.location.latitude.toFixed(4) + ', ' + msg.location.longitude.toFixed(4)) + '</div>';
      case 'contact': return '<div class="media">👤 ' + esc(msg.contact.first_name + ' ' + msg.contact.phone_number) + '</div>';
      case 'dice': return '<div class="sticker">' + esc(msg.dice.emoji) + '</div><div class="media">value ' + esc(msg.dice.value) + '</div>';
      case 'invoice':
        var inv = msg.invoice;
        return '<div class="invoice"><div class="title">' + esc(inv.title) + '</div><div>' + esc(inv.description) + '</div><div class="amount">' +
          (inv.currency === 'XTR' ? '⭐️ ' + esc(inv.total_amount) : esc((inv.total_amount / 100).toFixed(2) + ' ' + inv.currency)) + '</div></div>';
      default: return '';
    }
  }

  function messageEl(col, m) {
    var msg = m.message;
    if (m.type === 'successful_payment' || m.type === 'refunded_payment') {
      var p = msg[m.type];
      var s = el('div', 'service', esc((m.type === 'successful_payment' ? 'Вы оплатили ' : 'Возврат ') + (p.currency === 'XTR' ? '⭐️' + p.total_amount : p.total_amount + ' ' + p.currency)));
      s.dataset.messageId = m.message_id;
      return s;
    }
    if (msg.gift) {
      var g = msg.gift, gi = g.gift || {};
      var gs = el('div', 'service', esc('🎁 Подарок от бота: ' + ((gi.sticker && gi.sticker.emoji) || '') + ' ⭐️' + gi.star_count + (g.text ? ' — ' + g.text : '')));
      gs.dataset.messageId = m.message_id;
      return gs;
    }
    var d = el('div', 'msg ' + m.from + (m.deleted ? ' deleted' : ''));
    d.dataset.messageId = m.message_id;
    var html = '';
    if (m.forward_origin) {
      var o = m.forward_origin;
      html += '<div class="fwd">Forwarded from ' + esc(o.sender_user ? o.sender_user.first_name : (o.sender_user_name || 'hidden')) + '</div>';
    }
    if (msg.reply_to_message) {
      var r = msg.reply_to_message;
      html += '<div class="quote">' + esc(r.text || r.caption || '[' + Object.keys(r).filter(function (k) { return ['photo','sticker','voice','video_note','document'].indexOf(k) >= 0; })[0] + ']') + '</div>';
    }
    html += mediaHtml(m);
    var body = m.text !== undefined ? renderText(m.text, msg.entities) : renderText(m.caption || '', msg.caption_entities);
    if (body) html += '<div class="body">' + body + '</div>';
    var tags = [];
    if (m.protect_content) tags.push('🔒');
    if (m.edited) tags.push('edited');
    if (m.deleted) tags.push('deleted');
    if (m.method && m.method !== 'user' && m.method !== 'sendMessage') tags.push(m.method);
    tags.push(time(m.edited && msg.edit_date ? msg.edit_date : msg.date));
    html += '<div class="meta">' + esc(tags.join(' · ')) + '</div>';
    d.innerHTML = html;
    if (m.reply_markup && m.reply_markup.inline_keyboard.length) {
      var kb = el('div', 'kb');
      m.reply_markup.inline_keyboard.forEach(function (row) {
        var rowEl = el('div', 'kb-row');
        row.forEach(function (b) {
          // like Telegram, a paid invoice offers only its receipt, never a second payment
          var paid = b.pay && m.paid;
          var btn = el('button', 'kb-btn' + (b.pay ? ' pay' : '') + (paid ? ' paid' : ''));
          btn.textContent = paid ? 'Paid ✓ · Receipt' : b.text + (b.url ? ' ↗' : '');
          btn.disabled = m.deleted || paid;
          btn.onclick = function () {
            if (b.url) { window.open(b.url, '_blank', 'noopener'); return; }
            if (b.pay) { pay(col, m.message_id, btn); return; }
            if (b.callback_data !== undefined) {
              api('POST', '/control/users/' + col.id + '/press', { message_id: m.message_id, data: b.callback_data })
                .then(function (res) { col.pendingCallbacks.add(res.callback_query_id); })
                .catch(function (e) { toast(col, e.message); });
            }
          };
          rowEl.appendChild(btn);
        });
        kb.appendChild(rowEl);
      });
      d.appendChild(kb);
    }
    d.querySelectorAll('.spoiler').forEach(function (sp) { sp.onclick = function () { sp.classList.add('shown'); }; });
    return d;
  }

  function pay(col, messageId, btn) {
    btn.disabled = true;
    toast(col, 'Оплата… (ждём answerPreCheckoutQuery)');
    api('POST', '/control/users/' + col.id + '/pay', { message_id: messageId }).then(function (r) {
      toast(col, r.ok ? 'Оплачено ✓' : r.error === 'timeout' ? 'Бот не ответил на pre_checkout_query (10 с)' : 'Отказ: ' + r.error_message, !r.ok);
      if (!r.ok) btn.disabled = false;
    }).catch(function (e) {
      if (e.message === 'already_paid') { toast(col, 'Счёт уже оплачен', true); return; }
      btn.disabled = false;
      toast(col, e.message, true);
    });
  }

  function toast(col, text, alert) {
    col.toast.innerHTML = '';
    col.toast.className = 'toast' + (alert ? ' alert' : '');
    col.toast.textContent = text;
    col.toast.style.display = 'block';
    if (alert) {
      var ok = el('button', '', 'OK');
      ok.onclick = function () { col.toast.style.display = 'none'; };
      col.toast.appendChild(ok);
    } else {
      clearTimeout(col.toastTimer);
      col.toastTimer = setTimeout(function () { col.toast.style.display = 'none'; }, 3000);
    }
  }

  function send(col, body) {
    return api('POST', '/control/users/' + col.id + '/send', body).catch(function (e) { toast(col, e.message, true); });
  }

  function makeColumn(u) {
    var col = { id: u.id, pendingCallbacks: new Set(), seenAnswers: new Set(), lastRender: '' };
    var root = el('section', 'col');
    root.dataset.userId = u.id;
    var head = el('div', 'col-head');
    var avatar = el('div', 'avatar', esc((u.first_name || '?')[0]));
    avatar.style.background = colors[u.id % colors.length];
    var who = el('div', 'who');
    col.name = el('div', 'name');
    col.status = el('div', 'status');
    who.appendChild(col.name); who.appendChild(col.status);
    col.blockBtn = el('button', 'block-btn');
    col.blockBtn.onclick = function () {
      api('POST', '/control/users/' + col.id + (col.blocked ? '/unblock' : '/block')).then(refresh);
    };
    head.appendChild(avatar); head.appendChild(who); head.appendChild(col.blockBtn);
    col.messages = el('div', 'messages');
    col.toast = el('div', 'toast'); col.toast.style.display = 'none';
    col.replyKb = el('div', 'reply-kb'); col.replyKb.style.display = 'none';
    var quick = el('div', 'quick');
    [['🙂', 'sticker', { sticker: { emoji: '🙂' } }], ['🖼', 'photo', { photo: true }], ['🎤', 'voice', { voice: true }],
     ['⏺', 'video note', { video_note: true }], ['📄', 'document', { document: true }], ['📍', 'location', { location: true }],
     ['👤', 'contact', { contact: true }]].forEach(function (q) {
      var b = el('button', 'quick-' + q[1].replace(' ', '-'));
      b.textContent = q[0]; b.title = 'Send ' + q[1];
      b.onclick = function () { send(col, q[2]); };
      quick.appendChild(b);
    });
    var composer = el('div', 'composer');
    col.input = el('textarea');
    col.input.placeholder = 'Сообщение…';
    var sendBtn = el('button', 'send-btn', 'Send');
    function submit() {
      var text = col.input.value;
      if (!text.trim()) return;
      col.input.value = '';
      send(col, { text: text });
    }
    sendBtn.onclick = submit;
    col.input.onkeydown = function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); submit(); } };
    composer.appendChild(col.input); composer.appendChild(sendBtn);
    root.appendChild(head); root.appendChild(col.messages); root.appendChild(col.toast); root.appendChild(col.replyKb);
    root.appendChild(quick); root.appendChild(composer);
    col.root = root;
    columns.appendChild(root);
    cols.set(u.id, col);
    return col;
  }

  function renderChat(col, view) {
    var u = view.user;
    col.blocked = u.blocked;
    col.name.textContent = u.first_name + (u.last_name ? ' ' + u.last_name : '') + '  #' + u.id;
    col.status.className = 'status' + (view.chat_action ? ' typing' : '');
    col.status.textContent = view.chat_action ? cfg.botName + ' ' + (view.chat_action === 'typing' ? 'печатает…' : view.chat_action + '…') : (u.blocked ? 'бот заблокирован' : u.deactivated ? 'удалён' : 'в чате с @' + cfg.botUsername);
    col.blockBtn.textContent = u.blocked ? 'Unblock' : 'Block';
    col.blockBtn.className = 'block-btn' + (u.blocked ? ' blocked' : '');
    var key = JSON.stringify(view.messages.map(function (m) { return [m.message_id, m.text, m.caption, m.deleted, m.edited, m.paid, m.reply_markup]; })) + JSON.stringify(view.reply_keyboard);
    if (key !== col.lastRender) {
      col.lastRender = key;
      var atBottom = col.messages.scrollHeight - col.messages.scrollTop - col.messages.clientHeight < 40;
      col.messages.innerHTML = '';
      if (!view.messages.length) col.messages.appendChild(el('div', 'empty', 'Напишите боту, например <b>/start</b>'));
      view.messages.forEach(function (m) { col.messages.appendChild(messageEl(col, m)); });
      if (atBottom || col.firstRender !== false) col.messages.scrollTop = col.messages.scrollHeight;
      col.firstRender = false;
      col.replyKb.innerHTML = '';
      var rk = view.reply_keyboard;
      col.replyKb.style.display = rk ? 'grid' : 'none';
      if (rk) rk.keyboard.forEach(function (row) {
        var rowEl = el('div', 'kb-row');
        row.forEach(function (b) {
          var btn = el('button', 'kb-btn'); btn.textContent = b.text;
          btn.onclick = function () { send(col, { text: b.text }); };
          rowEl.appendChild(btn);
        });
        col.replyKb.appendChild(rowEl);
      });
    }
    view.callback_answers.forEach(function (a) {
      if (!a.answered || col.seenAnswers.has(a.callback_query_id)) return;
      col.seenAnswers.add(a.callback_query_id);
      if (col.pendingCallbacks.has(a.callback_query_id) && a.text) toast(col, a.text, a.show_alert);
      col.pendingCallbacks.delete(a.callback_query_id);
    });
  }

  function renderHook(stats) {
    var h = document.getElementById('hook');
    var w = stats.webhook;
    h.className = 'hook' + (w.last_error_message ? ' err' : '');
    h.textContent = (w.url ? 'webhook ' + w.url : 'no webhook (getUpdates)') + ' · pending ' + w.pending_update_count +
      (w.last_error_message ? ' · last error: ' + w.last_error_message : '') + ' · calls ' + stats.calls + ' · 429s ' + stats.rate_limited;
  }

  function refreshLog() {
    var log = document.getElementById('log');
    if (!log.classList.contains('open')) return Promise.resolve();
    return api('GET', '/control/calls').then(function (calls) {
      log.innerHTML = calls.slice(-60).reverse().map(function (c) {
        var p = c.params || {};
        return '<div class="' + (c.ok ? '' : 'err') + '">#' + c.seq + ' ' + esc(c.method) + (p.chat_id !== undefined ? ' → ' + esc(p.chat_id) : '') +
          (c.ok ? ' ok' : ' ' + esc(c.error_code + ' ' + c.description)) + '</div>';
      }).join('');
    });
  }

  function refresh() {
    if (busy) return Promise.resolve();
    busy = true;
    return api('GET', '/control/stats').then(function (stats) {
      renderHook(stats);
      if (stats.version === lastVersion && !document.querySelector('.status.typing')) return;
      lastVersion = stats.version;
      return api('GET', '/control/users').then(function (users) {
        var ids = new Set(users.map(function (u) { return u.id; }));
        cols.forEach(function (c, id) { if (!ids.has(id)) { c.root.remove(); cols.delete(id); } });
        return Promise.all(users.map(function (u) {
          var col = cols.get(u.id) || makeColumn(u);
          return api('GET', '/control/users/' + u.id + '/chat').then(function (view) { renderChat(col, view); });
        })).then(refreshLog);
      });
    }).catch(function (e) {
      document.getElementById('hook').textContent = 'emulator unreachable: ' + e.message;
    }).then(function () { busy = false; });
  }

  var names = ['Аня', 'Борис', 'Вера', 'Глеб', 'Дина', 'Егор', 'Жанна', 'Зоя'];
  document.getElementById('add-user').onclick = function () {
    var name = names[cols.size % names.length];
    api('POST', '/control/users', { first_name: name, language_code: document.getElementById('lang').value }).then(refresh);
  };
  document.getElementById('limits').onchange = function (e) {
    api('POST', '/control/limits', { enabled: e.target.checked }).then(refresh);
  };
  document.getElementById('toggle-log').onclick = function () {
    document.getElementById('log').classList.toggle('open');
    refreshLog();
  };
  document.getElementById('reset').onclick = function () {
    if (!confirm('Reset the emulator (users, messages, payments)? The bot stays connected.')) return;
    api('POST', '/control/reset', { keep_webhook: true }).then(function () { cols.forEach(function (c) { c.root.remove(); }); cols.clear(); lastVersion = -1; refresh(); });
  };
  api('GET', '/control/limits').then(function (l) { document.getElementById('limits').checked = l.enabled; });
  refresh();
  setInterval(refresh, cfg.pollMs);
})();
`

/** The sandbox UI: one self-contained HTML page (vanilla JS, no build step) driving the control API. */
/** An inline icon: browsers then never ask the emulator for /favicon.ico (which would be a 404). */
export const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'%3E%3Ctext y='.9em' font-size='90'%3E%F0%9F%A4%9D%3C/text%3E%3C/svg%3E"

/** Shown while there is no simulated user yet (hidden by CSS as soon as a column exists). */
const FIRST_STEPS = `<section id="first-steps">
  <h2>С чего начать</h2>
  <ol>
    <li>Нажмите <b>+ User</b> вверху: появится чат нового пользователя Telegram.</li>
    <li>Напишите в нём <b>/start</b> — бот начнёт знакомство.</li>
    <li>Добавьте второго пользователя, чтобы двое могли найти друг друга (<b>/find</b>).</li>
  </ol>
</section>`

export function renderSandboxPage(opts: { botName: string; botUsername: string; pollMs?: number }): string {
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
  const config = JSON.stringify({
    botName: opts.botName,
    botUsername: opts.botUsername,
    pollMs: opts.pollMs ?? 400,
  }).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.botName)} · Telegram sandbox</title>
<link rel="icon" href="${FAVICON}">
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>${esc(opts.botName)} <small>@${esc(opts.botUsername)} · sandbox</small></h1>
  <button id="add-user">+ User</button>
  <select id="lang" title="language_code of new users"><option>ru</option><option>en</option></select>
  <label><input type="checkbox" id="limits"> flood limits</label>
  <button id="toggle-log">Calls log</button>
  <button id="reset">Reset</button>
  <span id="hook" class="hook"></span>
</header>
<main id="columns">${FIRST_STEPS}</main>
<div id="log"></div>
<script>window.SANDBOX_CONFIG = ${config};</script>
<script>${SCRIPT}</script>
</body>
</html>`
}
