"use strict";
// The throw-away kind's view: a form with one labelled field; every shout as a list.
Tafelronde.view("shout", {
  nl: { shout_label: "Je kreet", shout_send: "Roep", shouted: "Gehoord!", shout_taken: "Dat riep iemand al." },
  en: { shout_label: "Your shout", shout_send: "Shout", shouted: "Heard!", shout_taken: "Someone shouted that already." }
}, function (state, ctx) {
  const el = ctx.el; const T = ctx.T;
  const input = el("input", { id: "shout", maxlength: "80", autocomplete: "off" });
  const form = el("form", {}, el("label", { for: "shout" }, T.shout_label), input,
    el("button", { class: "primary", type: "submit" }, T.shout_send));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) ctx.send({ type: "shout", text: input.value.trim() });
  });
  const list = el("ul", { id: "shouts" }, (state.shouts || []).map((s) => el("li", {}, s)));
  return el("section", { class: "card" }, form, list, el("p", { id: "mine" }, state.mine || ""));
});
