"use strict";
// Breakout rounds and speed-dating: "where do I sit?" (names only when the organiser allows it).
Tafelronde.view("seat", {
  nl: {
    seat_pick: "Kies je naam", seat_show: "Waar zit ik?", round: "Ronde", table: "tafel",
    seat_ask: "Vraag de begeleider aan welke tafel je zit.", seat_none: "Nog geen tafelindeling."
  },
  en: {
    seat_pick: "Choose your name", seat_show: "Where do I sit?", round: "Round", table: "table",
    seat_ask: "Ask the facilitator which table is yours.", seat_none: "No seating plan yet."
  }
}, function (state, ctx) {
  const el = ctx.el; const T = ctx.T;
  const card = el("section", { class: "card" }, el("h2", {}, T.seat_show));
  if (!state.names) { card.append(el("p", {}, T.seat_ask)); return card; }
  const select = el("select", { "aria-label": T.seat_pick, id: "who" }, el("option", { value: "" }, T.seat_pick));
  state.names.forEach((n) => select.append(el("option", { value: String(n.id) }, n.name)));
  card.append(select, el("button", { class: "primary", onclick: () => { if (select.value) ctx.send({ type: "seat", participant: parseInt(select.value, 10) }); } }, T.seat_show));
  if (state.seat) {
    if (!state.seat.length) card.append(el("p", {}, T.seat_none));
    state.seat.forEach((s) => card.append(el("p", { class: "statement" }, T.round + " " + s.round + ": " + T.table + " " + s.table)));
  }
  return card;
}, function (message, ctx) {
  if (message.type !== "seat") return false;
  ctx.state.seat = message.seat; ctx.rerender();  // kept until the next state, as before
  return true;
});
