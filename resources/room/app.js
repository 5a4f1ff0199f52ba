"use strict";
// The phone page of the Tafelronde room: one WebSocket to the laptop, nothing else.
// This is the frame (connection, identity, status line, el, send, retries). Each activity
// kind's view script follows it in the same document and registers itself with
//   Tafelronde.view(name, {nl: {...}, en: {...}}, render(state, ctx), onMessage(message, ctx))
// render returns a DOM node built with ctx.el (never innerHTML); onMessage (optional) gets the
// answers other than state/ack/error/welcome and returns true when it handled one.
// ctx = {el, send, say, T, lang, rerender, state}. The page calls Tafelronde.start() last.
(function () {
  const body = document.body;
  const main = document.getElementById("main");
  const statusLine = document.getElementById("status");
  const lang = (navigator.language || "nl").toLowerCase().startsWith("nl") ? "nl" : "en";
  document.documentElement.lang = lang;
  const T = {
    nl: {
      connecting: "Verbinden…", connected: "Verbonden", lost: "Verbinding weg, opnieuw proberen…",
      closed: "De zaal is gesloten.", wait: "Wacht even: de begeleider start zo het volgende onderdeel.",
      slow_down: "Even rustig aan…", error: "Dat lukte niet.", invalid_title: "Deze link werkt niet",
      full: "De zaal is vol. We proberen het zo opnieuw…", hello_first: "Even geduld, verbinden…",
      invalid_text: "Scan de QR-code op het scherm opnieuw of typ de code over."
    },
    en: {
      connecting: "Connecting…", connected: "Connected", lost: "Connection lost, retrying…",
      closed: "The room is closed.", wait: "Please wait: the facilitator will start the next part soon.",
      slow_down: "Slow down a little…", error: "That did not work.", invalid_title: "This link does not work",
      full: "The room is full. Trying again in a moment…", hello_first: "One moment, connecting…",
      invalid_text: "Scan the QR code on the screen again or type the code."
    }
  }[lang];
  const views = {};  // view name -> {texts, render, onMessage}

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "onclick") node.addEventListener("click", v); else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }
  function say(text) { statusLine.textContent = text; }

  // The room says who this phone is ("welcome", signed by the laptop); we keep it and show it
  // again on every reconnect, so the phone keeps its one vote. Anything else is ignored there.
  const phoneKey = "tafelronde-phone-token";
  let phone = "";
  let socket = null; let state = { view: "idle" }; let retry = 500; let fullRetry = 2000;

  function send(message) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(message)); }

  function context(view) {
    return { el: el, send: send, say: say, T: Object.assign({}, T, view ? view.texts : {}),
             lang: lang, rerender: render, state: state };
  }

  function view(name, texts, renderView, onMessage) {
    const own = (texts && (texts[lang] || texts.nl)) || {};
    Object.keys(own).forEach((k) => { if (!(k in T)) T[k] = own[k]; });  // status-line texts
    views[name] = { texts: own, render: renderView, onMessage: onMessage || null };
  }

  function connect() {
    say(T.connecting);
    socket = new WebSocket(body.dataset.ws + "/?t=" + encodeURIComponent(body.dataset.token));
    socket.onopen = () => { retry = 500; say(T.connected); send(phone ? { type: "hello", lang: lang, phone: phone } : { type: "hello", lang: lang }); };
    socket.onmessage = (event) => {
      let message; try { message = JSON.parse(event.data); } catch (e) { return; }
      handle(message);
    };
    socket.onclose = (event) => {
      if (event.code === 4003) { document.getElementById("invalid").hidden = false; main.replaceChildren(document.getElementById("invalid")); return; }
      if (event.code === 1001) { say(T.closed); main.replaceChildren(el("section", { class: "card" }, T.closed)); return; }
      if (event.code === 4009) {  // the room is full: wait longer each time (with a little jitter) and try again
        say(T.full); main.replaceChildren(el("section", { class: "card", id: "full" }, el("p", {}, T.full)));
        setTimeout(connect, fullRetry * (0.75 + Math.random() / 2)); fullRetry = Math.min(fullRetry * 2, 30000); return;
      }
      say(T.lost); setTimeout(connect, retry); retry = Math.min(retry * 2, 8000);
    };
  }

  function handle(message) {
    if (message.type === "welcome") { phone = message.phone; fullRetry = 2000; try { localStorage.setItem(phoneKey, phone); } catch (e) { /* private mode */ } }
    else if (message.type === "state") { state = message; fullRetry = 2000; render(); }
    else if (message.type === "ack") { say(T[message.what] || T.connected); }
    else if (message.type === "error") { say(T[message.code] || T.error); }
    else {  // an answer only the current view understands (a bingo card, a seat, ...)
      const current = views[state.view];
      try { if (current && current.onMessage) current.onMessage(message, context(current)); }
      catch (e) { say(T.error); }  // a view's bug costs that answer, not the page
    }
  }

  function waiting() { return el("section", { class: "card" }, el("p", {}, T.wait)); }

  // The room pushes a new state several times a second and the view is built again each time:
  // what the phone was typing stays (each field's text by its id, the focus and the caret), as
  // long as the same view is on. A view that sets a field itself (a draft) wins.
  let shownView = null;
  function typed() {
    const kept = {}; let focus = null;
    main.querySelectorAll("input[id], textarea[id]").forEach((field) => {
      if (field.type !== "checkbox" && field.type !== "radio" && field.value) kept[field.id] = field.value;
    });
    const active = document.activeElement;
    if (active && active.id && main.contains(active)) {
      focus = { id: active.id, start: null, end: null };
      try { focus.start = active.selectionStart; focus.end = active.selectionEnd; } catch (e) { /* no caret (number) */ }
    }
    return { kept: kept, focus: focus };
  }
  function restore(before) {
    Object.entries(before.kept).forEach(([id, value]) => {
      const field = document.getElementById(id);
      if (field && main.contains(field) && !field.value) field.value = value;
    });
    const field = before.focus && document.getElementById(before.focus.id);
    if (field && main.contains(field)) {
      field.focus();
      try { if (before.focus.start !== null) field.setSelectionRange(before.focus.start, before.focus.end); } catch (e) { /* no caret */ }
    }
  }

  function render() {
    document.getElementById("title").textContent = state.session || "Tafelronde";
    const current = views[state.view];
    const before = state.view === shownView ? typed() : null;
    let node = null;
    try { node = current ? current.render(state, context(current)) : null; }
    catch (e) { node = null; say(T.error); }  // a view's bug: the phone waits, the page lives on
    main.replaceChildren(node instanceof Node ? node : waiting());
    shownView = state.view;
    if (before) restore(before);
  }

  function start() {
    document.querySelectorAll("[data-t]").forEach((node) => { node.textContent = T[node.dataset.t]; });
    if (body.dataset.state === "invalid" || !body.dataset.token) {
      document.getElementById("invalid").hidden = false;
      return;
    }
    try { phone = localStorage.getItem(phoneKey) || ""; } catch (e) { phone = ""; }
    connect();
  }

  window.Tafelronde = Object.freeze({ view: view, start: start });
})();
