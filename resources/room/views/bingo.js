"use strict";
// Bingo: type your card number, see your card with what was heard, call "Bingo!".
(function () {
  let myCard = null;  // the "card" answer, kept while the state changes (marks come live)
  Tafelronde.view("bingo", {
    nl: {
      card_label: "Nummer van je bingokaart", show_card: "Toon mijn kaart", bingo: "Bingo!",
      claim_sent: "Je bingo is gemeld. De begeleider controleert je kaart.", no_card: "Die kaart bestaat niet.",
      heard: "gehoord"
    },
    en: {
      card_label: "Your bingo card number", show_card: "Show my card", bingo: "Bingo!",
      claim_sent: "Your bingo was sent. The facilitator will check your card.", no_card: "That card does not exist.",
      heard: "heard"
    }
  }, function (state, ctx) {
    const el = ctx.el; const T = ctx.T;
    const card = el("section", { class: "card" });
    const input = el("input", { type: "number", inputmode: "numeric", min: "1", id: "cardno", "aria-label": T.card_label, placeholder: T.card_label });
    if (myCard && myCard.number) input.value = myCard.number;
    card.append(el("label", { for: "cardno" }, T.card_label), input,
      el("button", { class: "primary", onclick: () => ctx.send({ type: "bingo_card", card: parseInt(input.value, 10) || 0 }) }, T.show_card));
    if (myCard && myCard.statements) {
      const heard = new Set(state.heard || []);
      const columns = myCard.columns || 4;
      const grid = el("div", { class: "grid", role: "list", style: "grid-template-columns: repeat(" + columns + ", 1fr)" });
      myCard.statements.forEach((s) => {
        const on = heard.has(s.id);
        grid.append(el("div", { class: "cell" + (on ? " heard" : ""), role: "listitem", "aria-label": s.text + (on ? " (" + T.heard + ")" : "") }, s.text));
      });
      card.append(grid, el("button", { class: "primary", onclick: () => ctx.send({ type: "bingo_claim", card: myCard.number }) }, T.bingo));
    }
    return card;
  }, function (message, ctx) {
    if (message.type !== "card") return false;
    myCard = message; ctx.rerender();
    return true;
  });
})();
