"use strict";
// The quick poll on a phone: the question, one button per option (or 1-5), the phone's own
// answer pressed; the counts once the facilitator reveals them. Built with el(): text stays text.
Tafelronde.view("poll", {
  nl: {
    answer_saved: "Je antwoord is genoteerd. Je kunt het nog wijzigen zolang de peiling open is.",
    poll_closed: "De peiling is gesloten: je antwoord kan niet meer veranderen.",
    poll_not_open: "De peiling is nog niet open. Wacht op het teken van de begeleider.",
    bad_option: "Dat antwoord bestaat niet (meer). Kies opnieuw.",
    poll_wait: "Nog even geduld: antwoorden kan zodra de begeleider de peiling opent.",
    poll_closed_note: "De peiling is gesloten.",
    poll_results: "Resultaat",
    poll_your_answer: "Jouw antwoord",
    poll_answers_one: "1 antwoord", poll_answers_many: "{n} antwoorden",
    poll_scale_low: "1 = laagst", poll_scale_high: "5 = hoogst"
  },
  en: {
    answer_saved: "Your answer is in. You can change it while the poll is open.",
    poll_closed: "The poll is closed: your answer can no longer change.",
    poll_not_open: "The poll is not open yet. Wait for the facilitator's sign.",
    bad_option: "That answer does not exist (any more). Please choose again.",
    poll_wait: "One moment: you can answer as soon as the facilitator opens the poll.",
    poll_closed_note: "The poll is closed.",
    poll_results: "Result",
    poll_your_answer: "Your answer",
    poll_answers_one: "1 answer", poll_answers_many: "{n} answers",
    poll_scale_low: "1 = lowest", poll_scale_high: "5 = highest"
  }
}, function render(state, ctx) {
  const T = ctx.T; const el = ctx.el;
  const options = state.options || [];
  const open = state.status === "open";
  const card = el("section", { class: "card", id: "poll" },
    el("p", { class: "statement", id: "poll-question" }, state.question || ""));
  const group = el("div", { role: "group", "aria-labelledby": "poll-question", class: "poll-options" });
  options.forEach((option) => {
    const attrs = {
      "aria-pressed": String(state.my_answer === option.key), "data-key": option.key,
      onclick: () => {
        if (state.status !== "open") { ctx.say(state.status === "closed" ? T.poll_closed : T.poll_wait); return; }
        state.my_answer = option.key;
        ctx.send({ type: "answer", option: option.key });
        ctx.rerender();
      }
    };
    if (!open) attrs["aria-disabled"] = "true";
    group.append(el("button", attrs, option.label));
  });
  card.append(group);
  if (state.mode === "scale") card.append(el("p", { class: "muted" }, T.poll_scale_low + " · " + T.poll_scale_high));
  if (state.status === "ready") card.append(el("p", { class: "muted", id: "poll-note" }, T.poll_wait));
  if (state.status === "closed") card.append(el("p", { class: "muted", id: "poll-note" }, T.poll_closed_note));
  if (state.revealed && state.counts) {
    const total = state.total || 0;
    const widest = Math.max(1, ...options.map((o) => state.counts[o.key] || 0));
    const results = el("div", { id: "poll-results" }, el("h2", {}, T.poll_results),
      el("p", { class: "muted" }, total === 1 ? T.poll_answers_one : T.poll_answers_many.replace("{n}", String(total))));
    options.forEach((option) => {
      const n = state.counts[option.key] || 0;
      const mine = state.my_answer === option.key ? " (" + T.poll_your_answer + ")" : "";
      results.append(el("div", { class: "poll-count", "data-key": option.key }, option.label + ": " + n + mine));
      results.append(el("div", { class: "bar", style: "width:" + Math.round(100 * n / widest) + "%", role: "img", "aria-label": option.label + " " + n }));
    });
    card.append(results);
  }
  return card;
});
