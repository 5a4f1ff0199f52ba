"use strict";
// The phone page of the Tafelronde room: one WebSocket to the laptop, nothing else.
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
      agree: "Eens", doubt: "Twijfel", disagree: "Oneens", vote_saved: "Je stem is genoteerd. Je kunt nog wisselen.",
      vote_closed: "Stemmen is gesloten voor deze stelling.", results: "Resultaat",
      card_label: "Nummer van je bingokaart", show_card: "Toon mijn kaart", bingo: "Bingo!",
      claim_sent: "Je bingo is gemeld. De begeleider controleert je kaart.", no_card: "Die kaart bestaat niet.",
      heard: "gehoord", seat_pick: "Kies je naam", seat_show: "Waar zit ik?", round: "Ronde", table: "tafel",
      seat_ask: "Vraag de begeleider aan welke tafel je zit.", seat_none: "Nog geen tafelindeling.",
      board_title: "Vraag en aanbod", request: "Ik zoek", offer: "Ik bied", send: "Versturen",
      posted: "Bedankt! Je bericht verschijnt na goedkeuring op het scherm.", text_label: "Je bericht",
      slow_down: "Even rustig aan…", error: "Dat lukte niet.", invalid_title: "Deze link werkt niet",
      full: "De zaal is vol. We proberen het zo opnieuw…", hello_first: "Even geduld, verbinden…",
      invalid_text: "Scan de QR-code op het scherm opnieuw of typ de code over."
    },
    en: {
      connecting: "Connecting…", connected: "Connected", lost: "Connection lost, retrying…",
      closed: "The room is closed.", wait: "Please wait: the facilitator will start the next part soon.",
      agree: "Agree", doubt: "Not sure", disagree: "Disagree", vote_saved: "Your vote is in. You can still change it.",
      vote_closed: "Voting is closed for this statement.", results: "Result",
      card_label: "Your bingo card number", show_card: "Show my card", bingo: "Bingo!",
      claim_sent: "Your bingo was sent. The facilitator will check your card.", no_card: "That card does not exist.",
      heard: "heard", seat_pick: "Choose your name", seat_show: "Where do I sit?", round: "Round", table: "table",
      seat_ask: "Ask the facilitator which table is yours.", seat_none: "No seating plan yet.",
      board_title: "Requests and offers", request: "I am looking for", offer: "I can offer", send: "Send",
      posted: "Thank you! Your message appears on the screen once approved.", text_label: "Your message",
      slow_down: "Slow down a little…", error: "That did not work.", invalid_title: "This link does not work",
      full: "The room is full. Trying again in a moment…", hello_first: "One moment, connecting…",
      invalid_text: "Scan the QR code on the screen again or type the code."
    }
  }[lang];
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = T[el.dataset.t]; });
  if (body.dataset.state === "invalid" || !body.dataset.token) {
    document.getElementById("invalid").hidden = false;
    return;
  }

  // The room says who this phone is ("welcome", signed by the laptop); we keep it and show it
  // again on every reconnect, so the phone keeps its one vote. Anything else is ignored there.
  const phoneKey = "tafelronde-phone-token";
  let phone = "";
  try { phone = localStorage.getItem(phoneKey) || ""; } catch (e) { phone = ""; }
  let socket = null; let state = { view: "idle" }; let myCard = null; let retry = 500; let fullRetry = 2000;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "onclick") node.addEventListener("click", v); else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }
  function send(message) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(message)); }
  function say(text) { statusLine.textContent = text; }

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
    else if (message.type === "card") { myCard = message; render(); }
    else if (message.type === "ack") { say(T[message.what] || T.connected); }
    else if (message.type === "error") { say(T[message.code] || T.error); }
  }

  function render() {
    document.getElementById("title").textContent = state.session || "Tafelronde";
    const view = { vote: renderVote, bingo: renderBingo, seat: renderSeat, board: renderBoard }[state.view];
    main.replaceChildren(view ? view() : el("section", { class: "card" }, el("p", {}, T.wait)));
  }

  function renderVote() {
    const positions = state.positions || ["agree", "doubt", "disagree"];
    const card = el("section", { class: "card" },
      el("p", { class: "muted" }, state.theme || ""),
      el("p", { class: "statement", id: "statement" }, state.statement || ""));
    positions.forEach((p) => {
      const label = T[p] || p;
      card.append(el("button", {
        "aria-pressed": String(state.my_vote === p), "aria-describedby": "statement",
        onclick: () => { if (!state.closed) { state.my_vote = p; send({ type: "vote", statement: state.statement_id, position: p }); render(); } }
      }, label));
    });
    if (state.closed) card.append(el("p", { class: "muted" }, T.vote_closed));
    if (state.revealed && state.counts) {
      const total = Math.max(1, Object.values(state.counts).reduce((a, b) => a + b, 0));
      card.append(el("h2", {}, T.results));
      positions.forEach((p) => {
        const n = state.counts[p] || 0;
        card.append(el("div", {}, (T[p] || p) + ": " + n));
        card.append(el("div", { class: "bar", style: "width:" + Math.round(100 * n / total) + "%", role: "img", "aria-label": (T[p] || p) + " " + n }));
      });
    }
    return card;
  }

  function renderBingo() {
    const card = el("section", { class: "card" });
    const input = el("input", { type: "number", inputmode: "numeric", min: "1", id: "cardno", "aria-label": T.card_label, placeholder: T.card_label });
    if (myCard && myCard.number) input.value = myCard.number;
    card.append(el("label", { for: "cardno" }, T.card_label), input,
      el("button", { class: "primary", onclick: () => send({ type: "bingo_card", card: parseInt(input.value, 10) || 0 }) }, T.show_card));
    if (myCard && myCard.statements) {
      const heard = new Set(state.heard || []);
      const columns = myCard.columns || 4;
      const grid = el("div", { class: "grid", role: "list", style: "grid-template-columns: repeat(" + columns + ", 1fr)" });
      myCard.statements.forEach((s) => {
        const on = heard.has(s.id);
        grid.append(el("div", { class: "cell" + (on ? " heard" : ""), role: "listitem", "aria-label": s.text + (on ? " (" + T.heard + ")" : "") }, s.text));
      });
      card.append(grid, el("button", { class: "primary", onclick: () => send({ type: "bingo_claim", card: myCard.number }) }, T.bingo));
    }
    return card;
  }

  function renderSeat() {
    const card = el("section", { class: "card" }, el("h2", {}, T.seat_show));
    if (!state.names) { card.append(el("p", {}, T.seat_ask)); return card; }
    const select = el("select", { "aria-label": T.seat_pick, id: "who" }, el("option", { value: "" }, T.seat_pick));
    state.names.forEach((n) => select.append(el("option", { value: String(n.id) }, n.name)));
    card.append(select, el("button", { class: "primary", onclick: () => { if (select.value) send({ type: "seat", participant: parseInt(select.value, 10) }); } }, T.seat_show));
    if (state.seat) {
      if (!state.seat.length) card.append(el("p", {}, T.seat_none));
      state.seat.forEach((s) => card.append(el("p", { class: "statement" }, T.round + " " + s.round + ": " + T.table + " " + s.table)));
    }
    return card;
  }

  function renderBoard() {
    let kind = "request";
    const text = el("textarea", { rows: "4", maxlength: "280", id: "post", "aria-label": T.text_label, placeholder: T.text_label });
    const request = el("button", { "aria-pressed": "true", onclick: () => choose("request") }, T.request);
    const offer = el("button", { "aria-pressed": "false", onclick: () => choose("offer") }, T.offer);
    function choose(k) { kind = k; request.setAttribute("aria-pressed", String(k === "request")); offer.setAttribute("aria-pressed", String(k === "offer")); }
    return el("section", { class: "card" }, el("h2", {}, T.board_title), el("div", { class: "seg" }, request, offer), text,
      el("button", { class: "primary", onclick: () => { if (text.value.trim()) { send({ type: "post", kind: kind, text: text.value.trim() }); text.value = ""; say(T.posted); } } }, T.send));
  }

  connect();
})();
