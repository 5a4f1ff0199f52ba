"use strict";
// The word cloud: the prompt, one labelled field in a plain form (Enter sends), "your words".
Tafelronde.view("wordcloud", {
  nl: {
    wordcloud_title: "Woordwolk", word_label: "Jouw woord", send_word: "Versturen",
    your_words: "Jouw woorden", none_yet: "Nog geen woorden verstuurd.",
    left_one: "Je kunt nog 1 woord sturen.", left_many: "Je kunt nog {n} woorden sturen.", all_sent: "Je hebt al je woorden verstuurd. Bedankt!",
    word_sent: "Je woord staat in de wolk.", too_many_words: "Je hebt al het maximum aantal woorden verstuurd.",
    word_twice: "Dat woord heb je al verstuurd.", no_word: "Typ een woord (leestekens alleen tellen niet).",
    too_long: "Dat is te lang: hoogstens 40 tekens.", empty: "Typ eerst een woord."
  },
  en: {
    wordcloud_title: "Word cloud", word_label: "Your word", send_word: "Send",
    your_words: "Your words", none_yet: "No words sent yet.",
    left_one: "You can send 1 more word.", left_many: "You can send {n} more words.", all_sent: "You have sent all your words. Thank you!",
    word_sent: "Your word is in the cloud.", too_many_words: "You have already sent the most words allowed.",
    word_twice: "You have already sent that word.", no_word: "Type a word (punctuation alone does not count).",
    too_long: "That is too long: 40 characters at most.", empty: "Type a word first."
  }
}, function (state, ctx) {
  const el = ctx.el; const T = ctx.T;
  const mine = Array.isArray(state.my_words) ? state.my_words : [];
  const max = state.max_answers || 3;
  const left = Math.max(0, max - mine.length);
  const card = el("section", { class: "card" }, el("h2", {}, T.wordcloud_title));
  if (state.prompt) card.append(el("p", { class: "statement", id: "prompt" }, state.prompt));
  if (left > 0) {
    const field = el("input", { type: "text", id: "word", name: "word", maxlength: "40",
                                autocomplete: "off", autocapitalize: "none", enterkeyhint: "send" });
    if (state.prompt) field.setAttribute("aria-describedby", "prompt");
    const form = el("form", { id: "word-form" },
      el("label", { for: "word" }, T.word_label), field,
      el("button", { type: "submit", class: "primary" }, T.send_word));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = field.value.trim();
      if (!text) { ctx.say(T.empty); return; }
      ctx.send({ type: "words", text: text });
      field.value = "";
    });
    card.append(form, el("p", { class: "muted" }, (left === 1 ? T.left_one : T.left_many.replace("{n}", String(left)))));
  } else {
    card.append(el("p", { class: "muted" }, T.all_sent));
  }
  const list = el("ul", { id: "my-words", "aria-label": T.your_words });
  mine.forEach((word) => list.append(el("li", {}, word)));  // text nodes: never markup
  card.append(el("h3", {}, T.your_words), mine.length ? list : el("p", { class: "muted" }, T.none_yet));
  return card;
});
