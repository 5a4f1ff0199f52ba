"use strict";
// A view script with a syntax error: it must cost only its own view, never the page.
Tafelronde.view("broken", {}, function (state, ctx) { return ctx.el("p", {}, "never" ;
