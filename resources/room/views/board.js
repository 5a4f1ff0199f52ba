"use strict";
// The requests & offers board: post a request or an offer (shown once the facilitator approves).
Tafelronde.view("board", {
  nl: {
    board_title: "Vraag en aanbod", request: "Ik zoek", offer: "Ik bied", send: "Versturen",
    posted: "Bedankt! Je bericht verschijnt na goedkeuring op het scherm.", text_label: "Je bericht"
  },
  en: {
    board_title: "Requests and offers", request: "I am looking for", offer: "I can offer", send: "Send",
    posted: "Thank you! Your message appears on the screen once approved.", text_label: "Your message"
  }
}, function (state, ctx) {
  const el = ctx.el; const T = ctx.T;
  let kind = "request";
  const text = el("textarea", { rows: "4", maxlength: "280", id: "post", "aria-label": T.text_label, placeholder: T.text_label });
  const request = el("button", { "aria-pressed": "true", onclick: () => choose("request") }, T.request);
  const offer = el("button", { "aria-pressed": "false", onclick: () => choose("offer") }, T.offer);
  function choose(k) { kind = k; request.setAttribute("aria-pressed", String(k === "request")); offer.setAttribute("aria-pressed", String(k === "offer")); }
  return el("section", { class: "card" }, el("h2", {}, T.board_title), el("div", { class: "seg" }, request, offer), text,
    el("button", { class: "primary", onclick: () => { if (text.value.trim()) { ctx.send({ type: "post", kind: kind, text: text.value.trim() }); text.value = ""; ctx.say(T.posted); } } }, T.send));
});
