"use strict";
// Statements: vote on the current statement (changeable until revealed), see the result.
Tafelronde.view("vote", {
  nl: {
    agree: "Eens", doubt: "Twijfel", disagree: "Oneens", vote_saved: "Je stem is genoteerd. Je kunt nog wisselen.",
    vote_closed: "Stemmen is gesloten voor deze stelling.", results: "Resultaat"
  },
  en: {
    agree: "Agree", doubt: "Not sure", disagree: "Disagree", vote_saved: "Your vote is in. You can still change it.",
    vote_closed: "Voting is closed for this statement.", results: "Result"
  }
}, function (state, ctx) {
  const el = ctx.el; const T = ctx.T;
  const positions = state.positions || ["agree", "doubt", "disagree"];
  const card = el("section", { class: "card" },
    el("p", { class: "muted" }, state.theme || ""),
    el("p", { class: "statement", id: "statement" }, state.statement || ""));
  positions.forEach((p) => {
    const label = T[p] || p;
    card.append(el("button", {
      "aria-pressed": String(state.my_vote === p), "aria-describedby": "statement",
      onclick: () => { if (!state.closed) { state.my_vote = p; ctx.send({ type: "vote", statement: state.statement_id, position: p }); ctx.rerender(); } }
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
});
