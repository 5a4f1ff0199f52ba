"use strict";
// Questions to the panel on the phone: ask a question (plain form: Enter sends), upvote others.
// Everything from the room is shown as text (el() makes text nodes; never innerHTML).
(function () {
  let draft = ""; let nameDraft = "";
  const MAX_TEXT = 280; const MAX_NAME = 64;
  Tafelronde.view("questions", {
    nl: {
      qa_title: "Vragen aan het panel", qa_question: "Je vraag", qa_send: "Vraag versturen",
      qa_name: "Je naam (mag leeg blijven)", qa_list: "Vragen uit de zaal", qa_none: "Nog geen vragen.",
      qa_upvote: "Steun", qa_upvoted: "Gesteund", qa_upvote_label: "Steun deze vraag: ",
      qa_yours: "Jouw vraag", qa_answered: "Beantwoord", qa_on_screen: "Nu op het scherm",
      qa_votes_one: "1 stem", qa_votes_many: " stemmen", qa_anonymous: "Je vraag is anoniem.",
      question_waiting: "Bedankt! Je vraag verschijnt zodra de moderator hem goedkeurt.",
      question_sent: "Bedankt! Je vraag staat in de lijst.", upvoted: "Je steun is geteld.",
      qa_empty: "Typ eerst een vraag.", too_many_questions: "Je hebt al veel vragen gesteld. Laat anderen ook aan het woord.",
      no_question: "Die vraag is er niet (meer).", own_question: "Je eigen vraag kun je niet steunen."
    },
    en: {
      qa_title: "Questions to the panel", qa_question: "Your question", qa_send: "Send question",
      qa_name: "Your name (optional)", qa_list: "Questions from the room", qa_none: "No questions yet.",
      qa_upvote: "Upvote", qa_upvoted: "Upvoted", qa_upvote_label: "Upvote this question: ",
      qa_yours: "Your question", qa_answered: "Answered", qa_on_screen: "On the screen now",
      qa_votes_one: "1 vote", qa_votes_many: " votes", qa_anonymous: "Your question is anonymous.",
      question_waiting: "Thank you! Your question appears once the moderator approves it.",
      question_sent: "Thank you! Your question is in the list.", upvoted: "Your upvote is counted.",
      qa_empty: "Type a question first.", too_many_questions: "You have asked many questions already. Give others a turn.",
      no_question: "That question is not there (any more).", own_question: "You cannot upvote your own question."
    }
  }, function render(state, ctx) {
    const T = ctx.T; const el = ctx.el;
    const mine = new Set(state.my_questions || []); const voted = new Set(state.my_votes || []);
    // The room pushes a new state several times a second and the page is rebuilt: whoever is
    // typing keeps the text (draft), the focus and the caret (restored before the next key).
    const active = document.activeElement;
    const typing = active && (active.id === "qa-text" || active.id === "qa-name")
      ? { id: active.id, start: active.selectionStart, end: active.selectionEnd } : null;
    const card = el("section", { class: "card", id: "questions" }, el("h2", {}, state.title || T.qa_title));
    if (state.intro) card.append(el("p", { class: "muted" }, state.intro));
    if (state.names) {
      const name = el("input", { type: "text", id: "qa-name", maxlength: String(MAX_NAME), autocomplete: "name" });
      name.value = nameDraft;
      name.addEventListener("input", () => { nameDraft = name.value; });
      card.append(el("label", { for: "qa-name" }, T.qa_name), name);
    } else {
      card.append(el("p", { class: "muted" }, T.qa_anonymous));
    }
    const text = el("input", { type: "text", id: "qa-text", name: "question", maxlength: String(MAX_TEXT), required: "required", enterkeyhint: "send" });
    text.value = draft;
    text.addEventListener("input", () => { draft = text.value; });
    const form = el("form", { id: "qa-form" }, el("label", { for: "qa-text" }, T.qa_question), text,
      el("button", { type: "submit", class: "primary", id: "qa-send" }, T.qa_send));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const question = text.value.trim();
      if (!question) { ctx.say(T.qa_empty); return; }
      const message = { type: "question", text: question.slice(0, MAX_TEXT) };
      if (state.names && nameDraft.trim()) message.name = nameDraft.trim().slice(0, MAX_NAME);
      ctx.send(message);
      draft = ""; text.value = "";
    });
    card.append(form, el("h2", {}, T.qa_list));
    const questions = state.questions || [];
    if (!questions.length) card.append(el("p", { class: "muted" }, T.qa_none));
    const list = el("ul", { class: "questions", id: "qa-list" });
    questions.forEach((q) => {
      const votes = q.votes === 1 ? T.qa_votes_one : q.votes + T.qa_votes_many;
      const item = el("li", { class: "question", "data-id": q.id },
        el("p", { class: "statement" }, q.text),
        el("p", { class: "muted" }, [q.name, votes, q.on_screen ? T.qa_on_screen : "", q.answered ? T.qa_answered : ""].filter(Boolean).join(" · ")));
      if (mine.has(q.id)) {
        item.append(el("p", { class: "muted" }, T.qa_yours));
      } else {
        const done = voted.has(q.id);
        const button = el("button", { type: "button", class: "upvote", "aria-pressed": String(done), "aria-label": T.qa_upvote_label + q.text }, done ? T.qa_upvoted : T.qa_upvote);
        if (done) button.setAttribute("disabled", "disabled");
        button.addEventListener("click", () => {
          ctx.send({ type: "upvote", question: q.id });
          state.my_votes = [...voted, q.id]; ctx.rerender();
        });
        item.append(button);
      }
      list.append(item);
    });
    card.append(list);
    if (typing) {
      queueMicrotask(() => {  // right after the frame put the card in the page
        const node = document.getElementById(typing.id);
        if (node) { node.focus(); node.setSelectionRange(typing.start, typing.end); }
      });
    }
    return card;
  });
})();
