// policywatch web: small progressive enhancements. Every page works without this file.
"use strict";
(function () {
  document.documentElement.classList.add("js");

  // The display-zone control applies as soon as a zone is picked from its list. From the keyboard
  // an arrow key moves a closed select one value at a time, each move a "change": applying each
  // would reload the page at the first step. A value reached by keys applies on Enter, or with
  // the Set button, shown then.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    var keyed = false;
    var button = select.form.querySelector("button[type=submit]");
    select.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        select.form.submit();
      } else if (event.key !== "Tab" && event.key !== "Shift" && event.key !== "Escape") {
        keyed = true;
      }
    });
    select.addEventListener("pointerdown", function () { keyed = false; });
    select.addEventListener("change", function () {
      if (!keyed) { select.form.submit(); return; }
      if (button) { button.classList.remove("js-hide"); }
    });
  });

  // Forms that change the grouping ask first.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });

  // Entity autocomplete: ids, names and aliases of the watchlist, as the filter accepts them.
  document.querySelectorAll("input[data-complete-entities]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = null;
    function fill(entities) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      entities.forEach(function (e) {
        var option = document.createElement("option");
        option.value = e.entity_id;
        option.textContent = e.name + (e.aliases.length ? " (" + e.aliases.slice(0, 3).join(", ") + ")" : "");
        list.appendChild(option);
      });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === last) { return; }
        last = q;
        fetch("/api/entities?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
          .then(function (data) { fill(data.entities || []); })
          .catch(function () { /* autocomplete is a convenience */ });
      }, 150);
    });
  });
  // Merge suggestions load after the page (a second request): the page itself stays fast.
  var box = document.getElementById("suggestions");
  if (box) {
    var csrf = (document.querySelector("meta[name=csrf-token]") || {}).content || "";
    var el = function (tag, text, cls) {
      var node = document.createElement(tag);
      if (text) { node.textContent = text; }
      if (cls) { node.className = cls; }
      return node;
    };
    var status = el("p", "Looking for developments that may be the same\u2026", "small");
    box.appendChild(status);
    fetch(box.getAttribute("data-src"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        box.removeChild(status);
        var list = el("ul", "", "suggestions");
        if (!data.available) {
          box.appendChild(el("p", "Suggestions need a read snapshot of this version (policywatch snapshot).", "empty"));
        }
        (data.suggestions || []).forEach(function (s) {
          var item = el("li", "", "suggestion");
          item.setAttribute("data-id", s.development_id);
          var link = el("a", s.headline);
          link.href = "/developments/" + encodeURIComponent(s.development_id);
          item.appendChild(link);
          var facts = [(s.first_seen || "").slice(0, 10), s.n_reports + (s.n_reports === 1 ? " report" : " reports")];
          if (s.similarity !== null && s.similarity !== undefined) { facts.push("reads " + Math.round(s.similarity * 100) + "% alike"); }
          if (s.shared_entities && s.shared_entities.length) { facts.push("also about " + s.shared_entities.join(", ")); }
          item.appendChild(document.createTextNode(" "));
          item.appendChild(el("span", facts.join(" \u00b7 "), "small"));
          if (s.queued) {
            item.appendChild(el("span", "merge queued", "tag"));
          } else {
            var form = el("form", "", "inline");
            form.method = "post";
            form.action = "/developments/" + encodeURIComponent(box.getAttribute("data-dev")) + "/merge";
            [["csrf", csrf], ["other", s.development_id], ["note", "merge suggestion"]].forEach(function (kv) {
              var input = el("input");
              input.type = "hidden";
              input.name = kv[0];
              input.value = kv[1];
              form.appendChild(input);
            });
            var button = el("button", "Merge into this one", "merge-suggested");
            button.type = "submit";
            form.appendChild(button);
            form.addEventListener("submit", function (event) {
              if (!window.confirm("Merge that development into this one?")) { event.preventDefault(); }
            });
            item.appendChild(form);
          }
          list.appendChild(item);
        });
        if (data.available && !(data.suggestions || []).length) { list.appendChild(el("li", "None found.", "empty")); }
        box.appendChild(list);
        box.setAttribute("data-loaded", "1");
      })
      .catch(function () { status.textContent = "Suggestions could not be loaded."; });
  }
})();
